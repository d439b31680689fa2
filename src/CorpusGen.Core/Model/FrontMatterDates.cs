using System;
using System.Globalization;

namespace CorpusGen.Core.Model;

/// <summary>
/// How a front-matter date reads (YAML timestamps: <c>2024-05-01</c>, <c>2024-05-01 10:00:00 +02:00</c>, …): the
/// parser types a value as a date when it reads, and the emitter writes the same instant, in UTC.
/// </summary>
internal static class FrontMatterDates
{
    public static bool TryParse(string value, out DateTimeOffset date)
    {
        string normalized = value.Length > 10 && value[10] == ' ' ? value.Substring(0, 10) + "T" + value.Substring(11).Replace(" ", "") : value;
        return DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date);
    }
}
