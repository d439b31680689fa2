namespace CorpusGen.Core.Parsing.Timestamps;

/// <summary>
/// Reads a time the way YouTube does: <c>H:MM:SS</c>, <c>HH:MM:SS</c> or <c>MM:SS</c>. Minutes and
/// seconds must be below 60; hours are unbounded (up to three digits).
/// </summary>
internal static class TimeText
{
    public const string ExpectedForms = "expected H:MM:SS, HH:MM:SS or MM:SS";

    /// <summary>
    /// A two-part time written in three parts, the same moment as CorpusGen reads it: "41:50" (41 min 50 s) →
    /// "00:41:50", "5:07" → "00:05:07". Null when <paramref name="text"/> is not a valid two-part time.
    /// </summary>
    public static string? ThreePart(string text)
    {
        string value = text.Trim();
        int colon = value.IndexOf(':');
        if (colon < 0 || value.IndexOf(':', colon + 1) >= 0 || !TryParse(value, out int seconds, out _))
        {
            return null;
        }
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:00}:{1:00}:{2:00}", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    public static bool TryParse(string text, out int seconds, out string problem) =>
        TryParse(text, 0, text.Length, out seconds, out problem);

    /// <summary>
    /// Reads the time in <paramref name="text"/>[start, start + length) without allocating: the real
    /// corpus has about 1.6 M of them (label and data-t of every anchor).
    /// </summary>
    public static bool TryParse(string text, int start, int length, out int seconds, out string problem)
    {
        seconds = 0;
        int end = start + length;
        SpanText.Trim(text, ref start, ref end);

        // Up to three ':'-separated parts: the first of 1-3 digits, the others of exactly 2.
        int parts = 0, hours = 0, minutes = 0, secs = 0;
        int partStart = start;
        for (int i = start; i <= end; i++)
        {
            if (i < end && text[i] != ':')
            {
                continue;
            }
            int partLength = i - partStart;
            bool isLeading = parts == 0;
            if (++parts > 3 || partLength == 0 || partLength > (isLeading ? 3 : 2) || (!isLeading && partLength != 2)
                || !TryReadDigits(text, partStart, partLength, out int value))
            {
                problem = ExpectedForms;
                return false;
            }
            hours = minutes;
            minutes = secs;
            secs = value;
            partStart = i + 1;
        }
        if (parts < 2)
        {
            problem = ExpectedForms;
            return false;
        }
        if (parts == 2)
        {
            hours = 0;
        }

        if (minutes >= 60)
        {
            problem = "minutes are 60 or more";
            return false;
        }
        if (secs >= 60)
        {
            problem = "seconds are 60 or more";
            return false;
        }

        seconds = (hours * 60 + minutes) * 60 + secs;
        problem = "";
        return true;
    }

    private static bool TryReadDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>True for text[start, start + length) shaped like a bare timestamp (digits and colons), valid or not.</summary>
    public static bool LooksLikeTime(string text, int start, int length)
    {
        int end = start + length;
        if (length == 0 || length > 16 || text[start] == ':' || text[end - 1] == ':')
        {
            return false;
        }
        bool hasColon = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == ':')
            {
                if (text[i - 1] == ':')
                {
                    return false; // "::"
                }
                hasColon = true;
            }
            else if (c < '0' || c > '9')
            {
                return false;
            }
        }
        return hasColon;
    }
}
