using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace CorpusGen.Core.Validation;

/// <summary>
/// How a Quartz 4.5 site (markdownLinkResolution "shortest", as the real corpus's site is built) resolves a
/// wiki-link, from Quartz's own <c>quartz/util/path.ts</c> (slugifyFilePath, simplifySlug, transformLink) and
/// <c>plugins/transformers/links.ts</c>: the target is slugged (each whitespace character becomes '-', '&amp;'
/// "-and-", '%' "-percent", '?' and '#' dropped; case kept, no other folding); a bare name links to the one
/// note with that file name when exactly one file has it; anything else is a path from the content root.
/// The link is broken when the site serves nothing there: no published note, folder page or alias page.
/// A multi-threaded build (21 273 notes) does not see alias names when it matches file names, so an alias
/// only works through its page at the root (<c>/Alias-Name</c>). Headings never make a Quartz link a 404.
/// </summary>
internal sealed class QuartzLinks
{
    private static readonly Regex s_external = new(@"^https?://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex s_scheme = new(@"^[a-zA-Z][a-zA-Z\d+\-.]*?:", RegexOptions.CultureInvariant);
    private static readonly Regex s_extension = new(@"\.[A-Za-z0-9]+$", RegexOptions.CultureInvariant);

    /// <summary>File name (last slug segment) → how many files have it, and the first note with it.</summary>
    private readonly Dictionary<string, (int Count, int Note)> _byFileName = new(StringComparer.Ordinal);
    /// <summary>Every served path → the note served there (-2 for a folder page or the site root without one).</summary>
    private readonly Dictionary<string, int> _served = new(StringComparer.Ordinal);
    private readonly string[] _slugs;

    /// <param name="relativePathOf">A note's path under the notes folder, with its extension.</param>
    /// <param name="isDraft">Quartz's RemoveDrafts leaves the note out of the site (its name still counts).</param>
    public QuartzLinks(int count, Func<int, string> relativePathOf, Func<int, IReadOnlyList<string>> aliasesOf, Func<int, bool> isDraft)
    {
        _slugs = new string[count];
        for (int i = 0; i < count; i++)
        {
            string slug = _slugs[i] = SlugifyFilePath(relativePathOf(i));
            string name = slug.Substring(slug.LastIndexOf('/') + 1);
            _byFileName[name] = _byFileName.TryGetValue(name, out var seen) ? (seen.Count + 1, seen.Note) : (1, i);
            if (isDraft(i))
            {
                continue;
            }
            Serve(SimplifySlug(slug), i);
            for (int slash = slug.LastIndexOf('/'); slash > 0; slash = slug.LastIndexOf('/', slash - 1))
            {
                Serve(slug.Substring(0, slash), -2); // every folder with a published note has a folder page
            }
            foreach (string alias in aliasesOf(i))
            {
                Serve(SimplifySlug(SlugifyFilePath(alias + ".md")), i); // a redirect page at the root
            }
        }
    }

    private void Serve(string path, int note)
    {
        if (!_served.TryGetValue(path, out int existing) || existing < 0)
        {
            _served[path] = note;
        }
    }

    /// <summary>What a link to <paramref name="target"/> reaches on the site.</summary>
    /// <returns>The note (≥ 0), -2 for a page that is not a note (a folder page), or -1 when the site serves nothing there.</returns>
    public int Resolve(string target, out string path)
    {
        path = "";
        string t = target.Trim();
        if (t.Length == 0 || s_external.IsMatch(t))
        {
            return -2; // a same-page anchor, or an external URL: not this rule's to check
        }
        if (s_scheme.IsMatch(t.Replace(" ", "%20")))
        {
            path = t;
            return -1; // "Note: x" reads as a URL with an unknown scheme: dead for a reader
        }
        if (!TryDecodeUri(t, out string decoded))
        {
            path = t;
            return -1; // Quartz cannot build a site with this link (decodeURI throws)
        }

        bool folder = decoded.EndsWith("/", StringComparison.Ordinal);
        var kept = new List<string>();
        bool dotDot = false;
        foreach (string segment in decoded.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }
            if (segment == "..")
            {
                dotDot = true;
                continue;
            }
            kept.Add(segment);
        }
        if (kept.Count > 0 && kept[kept.Count - 1] is "index" or "index.md" or "index.html")
        {
            folder = true;
        }
        string key = SimplifySlug(SlugifyFilePath(string.Join("/", kept))).Trim('/');
        if (!dotDot && key.Length > 0 && key.IndexOf('/') < 0 && _byFileName.TryGetValue(key, out var named) && named.Count == 1)
        {
            string unique = SimplifySlug(_slugs[named.Note]);
            path = unique;
            return _served.TryGetValue(unique, out int note) ? note : -1; // a draft is matched, then not served
        }
        path = key;
        return _served.TryGetValue(key, out int found) ? found : -1;
    }

    /// <summary>Quartz's slugifyFilePath: the extension kept unless it is .md or .html, each segment slugged, "_index" as "index".</summary>
    public static string SlugifyFilePath(string path)
    {
        string fp = path.Trim('/');
        Match ext = s_extension.Match(fp);
        string extension = ext.Success ? ext.Value : "";
        string withoutExtension = extension.Length > 0 ? fp.Substring(0, fp.Length - extension.Length) : fp;
        if (extension is ".md" or ".html")
        {
            extension = "";
        }
        string slug = Sluggify(withoutExtension);
        if (slug == "_index" || slug.EndsWith("/_index", StringComparison.Ordinal))
        {
            slug = slug.Substring(0, slug.Length - "_index".Length) + "index";
        }
        return slug + extension;
    }

    private static string Sluggify(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        foreach (char c in s)
        {
            switch (c)
            {
                case '&':
                    sb.Append("-and-");
                    break;
                case '%':
                    sb.Append("-percent");
                    break;
                case '?':
                case '#':
                    break;
                default:
                    sb.Append(IsJsWhitespace(c) ? '-' : c);
                    break;
            }
        }
        return sb.ToString().TrimEnd('/');
    }

    /// <summary>JavaScript's \s: Unicode white space and the BOM.</summary>
    private static bool IsJsWhitespace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    /// <summary>Quartz's simplifySlug: without a last "index" segment and the slashes around it ("" for the root).</summary>
    public static string SimplifySlug(string slug)
    {
        string s = slug == "index" ? "" : slug.EndsWith("/index", StringComparison.Ordinal) ? slug.Substring(0, slug.Length - "index".Length) : slug;
        return s.Trim('/');
    }

    /// <summary>JavaScript's decodeURI: %XX sequences decoded as UTF-8, except those of reserved characters; false where it throws.</summary>
    private static bool TryDecodeUri(string text, out string decoded)
    {
        decoded = text;
        if (text.IndexOf('%') < 0)
        {
            return true;
        }
        var bytes = new List<byte>();
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                sb.Append(text[i]);
                continue;
            }
            // Quartz's markdown step (micromark's normalizeUri) escapes a '%' unless two ASCII letters or digits
            // follow it, so such a '%' reaches decodeURI as itself; two that are not hex digits make it throw.
            if (i + 2 >= text.Length || !IsAsciiLetterOrDigit(text[i + 1]) || !IsAsciiLetterOrDigit(text[i + 2]))
            {
                sb.Append('%');
                continue;
            }
            if (!IsHex(text[i + 1]) || !IsHex(text[i + 2]))
            {
                return false;
            }
            byte b = Convert.ToByte(text.Substring(i + 1, 2), 16);
            if (b < 0x80)
            {
                char c = (char)b;
                sb.Append(";/?:@&=+$,#".IndexOf(c) >= 0 ? text.Substring(i, 3) : c.ToString());
                i += 2;
                continue;
            }
            bytes.Clear();
            while (i + 2 < text.Length && text[i] == '%' && IsHex(text[i + 1]) && IsHex(text[i + 2]))
            {
                byte next = Convert.ToByte(text.Substring(i + 1, 2), 16);
                if (next < 0x80)
                {
                    break;
                }
                bytes.Add(next);
                i += 3;
            }
            i--;
            try
            {
                sb.Append(new UTF8Encoding(false, true).GetString(bytes.ToArray()));
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
        decoded = sb.ToString();
        return true;
    }

    private static bool IsAsciiLetterOrDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
}
