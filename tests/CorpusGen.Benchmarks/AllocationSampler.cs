using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace CorpusGen.Benchmarks;

/// <summary>
/// Samples allocations by type through the runtime's AllocationTick event (one event per ~100 KB allocated):
/// `-- profile alloc-corpus|alloc-emit [corpus]` prints the types that make up most of a stage's allocations.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytesByType = new();
    public bool Recording { get; set; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!Recording || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }
        int typeIndex = e.PayloadNames!.IndexOf("TypeName");
        int amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
        string type = typeIndex >= 0 ? e.Payload[typeIndex]?.ToString() ?? "?" : "?";
        long amount = amountIndex >= 0 ? Convert.ToInt64(e.Payload[amountIndex]) : 100_000;
        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.TryGetValue(type, out long b) ? b + amount : amount;
        }
    }

    public void Print(int top = 20)
    {
        long total = _bytesByType.Values.Sum();
        Console.WriteLine($"sampled {total / 1e6:F1} MB");
        foreach ((string type, long bytes) in _bytesByType.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"{bytes / 1e6,8:F1} MB {100.0 * bytes / total,5:F1}%  {type}");
        }
    }
}
