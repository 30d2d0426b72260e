using System.Text;
using BenchmarkDotNet.Attributes;
using DealRules.Documents;

namespace DealRules.Benchmarks;

/// <summary>
/// Reading a document with many wrong array items (issue 14, item 8): the time per problem must
/// not grow with the number of problems. Run with
/// <c>dotnet run -c Release --project tests/DealRules.Benchmarks -- --filter '*ProblemBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ProblemBenchmarks
{
    private byte[] document = [];

    [Params(25_000, 50_000, 100_000)]
    public int WrongItems { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var items = string.Join(",", Enumerable.Repeat("7", WrongItems));
        document = Encoding.UTF8.GetBytes(
            "{\"schemaVersion\":1,\"id\":\"many\",\"title\":\"Many\",\"status\":\"signed\",\"parties\":[" +
            $"{{\"id\":\"a\",\"name\":\"A\",\"kind\":\"investor\",\"chips\":[{items}]}},{{\"id\":\"b\",\"name\":\"B\",\"kind\":\"ai-lab\"}}]}}");
    }

    [Benchmark]
    public int Read() => DealDocumentReader.Read(document, "many.json").Problems.Count;
}
