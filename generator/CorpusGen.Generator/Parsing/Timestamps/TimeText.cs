namespace CorpusGen.Generator.Parsing.Timestamps;

/// <summary>
/// Reads a time the way YouTube does: <c>H:MM:SS</c>, <c>HH:MM:SS</c> or <c>MM:SS</c>. Minutes and
/// seconds must be below 60; hours are unbounded (up to three digits).
/// </summary>
internal static class TimeText
{
    public const string ExpectedForms = "expected H:MM:SS, HH:MM:SS or MM:SS";

    public static bool TryParse(string text, out int seconds, out string problem)
    {
        seconds = 0;
        string[] parts = text.Trim().Split(':');
        if (parts.Length is < 2 or > 3)
        {
            problem = ExpectedForms;
            return false;
        }

        int leadingMax = 3;
        int[] values = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            bool isLeading = i == 0;
            if (part.Length == 0 || part.Length > (isLeading ? leadingMax : 2) || (!isLeading && part.Length != 2) || !AllDigits(part))
            {
                problem = ExpectedForms;
                return false;
            }
            values[i] = int.Parse(part, System.Globalization.CultureInfo.InvariantCulture);
        }

        int hours = parts.Length == 3 ? values[0] : 0;
        int minutes = values[parts.Length - 2];
        int secs = values[parts.Length - 1];
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

    /// <summary>True for text shaped like a bare timestamp (digits and colons), valid or not.</summary>
    public static bool LooksLikeTime(string text)
    {
        if (text.Length == 0 || text.Length > 16 || text[0] == ':' || text[text.Length - 1] == ':' || text.IndexOf(':') < 0)
        {
            return false;
        }
        foreach (char c in text)
        {
            if (c != ':' && (c < '0' || c > '9'))
            {
                return false;
            }
        }
        return text.IndexOf("::", System.StringComparison.Ordinal) < 0;
    }

    private static bool AllDigits(string s)
    {
        foreach (char c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }
        return true;
    }
}
