using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace DealRules.Benchmarks;

/// <summary>
/// Which types a piece of work allocates, from the runtime's allocation ticks (one event about every
/// 100 KB allocated, naming the type that crossed the mark): a sample, so shares are what to read.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int GcKeyword = 0x1;
    private const int AllocationTick = 10;
    private readonly ConcurrentDictionary<string, long> bytesByType = new();
    private volatile bool sampling;

    /// <summary>Runs the work and prints the types that took the largest shares of the sampled bytes.</summary>
    public static void Print(string title, Action work, int top = 25)
    {
        using var sampler = new AllocationSampler();
        sampler.sampling = true;
        work();
        sampler.sampling = false;
        var total = sampler.bytesByType.Values.Sum();
        Console.WriteLine($"allocations sampled in {title} (share of {total:N0} sampled bytes):");
        foreach (var (type, bytes) in sampler.bytesByType.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"  {100.0 * bytes / Math.Max(1, total),5:0.0}%  {type}");
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!sampling || eventData.EventId != AllocationTick || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
