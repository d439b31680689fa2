using CorpusGen.Tests.Infrastructure;

namespace CorpusGen.Tests.Emit;

/// <summary>A small corpus that uses every construct: folders, typed front matter, links, timestamps, sections.</summary>
internal static class SmallCorpus
{
    public static readonly NoteFile[] Files =
    {
        new("channel/channel.md", "---\ntitle: The Channel\naliases: [Main channel]\n---\n\nIndex of [[first_talk]] and [[Second talk | the second]].\n"),
        new("channel/first_talk.md",
            "---\ntitle: First talk\nvideoId: abc123\ntags: [ai, models]\nviews: 1200\nrating: 4.5\npublished: 2024-05-01\n---\n\n"
            + "From: [[channel]] <br/>\n\nOpening words <a class=\"yt-timestamp\" data-t=\"00:00:09\">[00:00:09]</a>.\n\n"
            + "## Part one\n\nDetails [00:01:30] and [[second_talk#Summary]].\n\n### Deeper\n\nMore <a class=\"yt-timestamp\" data-t=\"1:02:03\">[1:02:03]</a>.\n"),
        new("channel/second_talk.md",
            "---\ntitle: Second talk\nvideoId: def456\nviews: 7\ndraft: true\n---\n\n## Summary\n\nBack to [[first_talk | the first]] and [[channel]].\n"),
        new("readme.md", "---\ntitle: Read me\n---\nTop-level note linking [[The Channel]].\n"),
    };
}
