// The consumer app of build-vs-hugo.sh: what a program pays on first use of the corpus. Prints one line per
// figure ("name: value"); the script collects them. Not compiled by the solution (the script copies it).
using System.Diagnostics;
using TubeGraph;

var clock = Stopwatch.StartNew();
var all = Notes.All;
double firstNote = Lap(clock);
int backlinks = all[0].Backlinks.Count;
double firstBacklinks = Lap(clock);
var middle = all[all.Count / 2];
int links = middle.Links.Count;
double firstLinks = Lap(clock);
var other = all[all.Count / 3];
int sections = other.Sections.Count;
double firstSections = Lap(clock);
var third = all[all.Count / 4];
int timestamps = third.Timestamps.Count;
double firstTimestamps = Lap(clock);
// The parser is JIT-compiled by the first body read above: this is what one more note's links cost.
int moreLinks = all[all.Count / 5].Links.Count;
double nextLinks = Lap(clock);
long touched = 0;
foreach (var note in all)
{
    touched += note.Links.Count + note.Sections.Count + note.Timestamps.Count + note.Backlinks.Count;
}
double everyNote = Lap(clock);
using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine($"notes: {all.Count}");
Console.WriteLine($"first-note-ms: {firstNote:F1}");
Console.WriteLine($"first-backlinks-ms: {firstBacklinks:F1}");
Console.WriteLine($"first-links-ms: {firstLinks:F1}");
Console.WriteLine($"first-sections-ms: {firstSections:F1}");
Console.WriteLine($"first-timestamps-ms: {firstTimestamps:F1}");
Console.WriteLine($"next-note-links-ms: {nextLinks:F1}");
Console.WriteLine($"every-note-ms: {everyNote:F0}");
Console.WriteLine($"working-set-mb: {self.WorkingSet64 / 1048576}");
Console.WriteLine($"check: {backlinks + links + sections + timestamps + moreLinks + touched}");

static double Lap(Stopwatch clock)
{
    double ms = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    return ms;
}
