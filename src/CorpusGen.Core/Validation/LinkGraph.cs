using System;
using System.Collections.Generic;
using System.Threading;
using CorpusGen.Core.Model;

namespace CorpusGen.Core.Validation;

/// <summary>
/// Which note links to which, by the build's resolution rule (<see cref="LinkResolver"/>): each note's resolved
/// targets and its backlinks (other notes that link to it), over the notes in id order, each id once.
/// </summary>
internal sealed class LinkGraph
{
    private readonly int[][] _targets;
    private readonly int[][] _sources;

    private LinkGraph(List<NoteSpec> notes, int[][] targets, int[][] sources)
    {
        Notes = notes;
        _targets = targets;
        _sources = sources;
    }

    /// <summary>The notes, ordered by id (<see cref="CorpusBuilder.OrderById"/>).</summary>
    public IReadOnlyList<NoteSpec> Notes { get; }

    /// <summary>The other notes note <paramref name="note"/> links to, each once, in the order first linked.</summary>
    public IReadOnlyList<int> TargetsOf(int note) => _targets[note];

    /// <summary>The other notes that link to note <paramref name="note"/>, in id order.</summary>
    public IReadOnlyList<int> BacklinksOf(int note) => _sources[note];

    public static LinkGraph Build(IReadOnlyList<NoteSpec> parsedNotes, CancellationToken cancellationToken = default, LinkRule rule = LinkRule.Obsidian)
    {
        List<NoteSpec> notes = CorpusBuilder.OrderById(parsedNotes);
        var folders = new string[notes.Count];
        for (int i = 0; i < notes.Count; i++)
        {
            folders[i] = notes[i].Folder;
        }
        var resolver = new LinkResolver(notes, folders, cancellationToken, rule);
        var targets = new int[notes.Count][];
        var sources = new List<int>?[notes.Count];
        var seen = new HashSet<int>();
        var list = new List<int>();
        for (int i = 0; i < notes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            seen.Clear();
            list.Clear();
            foreach (LinkTargetSpec link in notes[i].Links)
            {
                int target = link.Target.Length == 0 ? i : resolver.Resolve(link.Target, folders[i]).Target;
                if (target >= 0 && target != i && seen.Add(target))
                {
                    list.Add(target);
                    (sources[target] ??= new List<int>()).Add(i);
                }
            }
            targets[i] = list.ToArray();
        }
        var backlinks = new int[notes.Count][];
        for (int i = 0; i < notes.Count; i++)
        {
            backlinks[i] = sources[i]?.ToArray() ?? Array.Empty<int>();
        }
        return new LinkGraph(notes, targets, backlinks);
    }

    /// <summary>The index of the note with this id, or -1.</summary>
    public int IndexOf(string id)
    {
        int low = 0, high = Notes.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) >> 1;
            int c = string.CompareOrdinal(Notes[mid].Id, id);
            if (c == 0)
            {
                return mid;
            }
            if (c < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return -1;
    }

    /// <summary>Every note reachable from <paramref name="start"/> by following links (start included).</summary>
    public bool[] ReachableFrom(int start)
    {
        var reached = new bool[Notes.Count];
        var queue = new Queue<int>();
        reached[start] = true;
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            foreach (int next in _targets[queue.Dequeue()])
            {
                if (!reached[next])
                {
                    reached[next] = true;
                    queue.Enqueue(next);
                }
            }
        }
        return reached;
    }
}
