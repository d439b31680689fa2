using System;
using System.Globalization;

namespace CorpusGen.Core.Model;

/// <summary>The URL that plays a note's video (its front matter's <c>videoId</c>) at a timestamp.</summary>
internal static class VideoLinks
{
    public static string WatchUrl(string videoId, long seconds) =>
        "https://www.youtube.com/watch?v=" + Uri.EscapeDataString(videoId) + "&t=" + seconds.ToString(CultureInfo.InvariantCulture) + "s";
}
