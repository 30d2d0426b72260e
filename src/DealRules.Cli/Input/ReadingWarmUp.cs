using DealRules.Portfolios;

namespace DealRules.Cli.Input;

/// <summary>
/// The first document a process reads costs it about 200 ms of compiling the reader's methods, and
/// compiling the catalog costs as much again, one after the other on one thread. While the catalog
/// compiles, another core reads and checks one shipped document and drops it, so that the methods the
/// real read needs are compiled by the time it starts. It writes nothing, touches no file, and its
/// failure (there should be none) is dropped with its result: what the command reads and reports is
/// unchanged.
/// </summary>
internal static class ReadingWarmUp
{
    private static int started;

    /// <summary>Starts the read on the thread pool, once a process, when there is a second core for it.</summary>
    public static void Start()
    {
        if (Environment.ProcessorCount < 2 || Interlocked.Exchange(ref started, 1) == 1)
        {
            return;
        }

        _ = Task.Run(ReadOne);
    }

    private static void ReadOne()
    {
        try
        {
            var source = SampleDeal.Sources()[0];
            _ = PortfolioReader.Read([DocumentInput.Of(source, SampleDeal.Bytes(source))], new PortfolioReadOptions(), CancellationToken.None);
        }
#pragma warning disable CA1031 // Nothing of it may reach the command: the real read reports its own problems.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
