using System.Text;
using DealRules.Documents;
using DealRules.Tests.Support;

namespace DealRules.Tests.Reliability;

/// <summary>
/// Bounded fuzzing of the reader and validator: valid documents damaged at the byte level with a
/// fixed seed and a fixed count. No exception may escape; every result is either a document that
/// evaluates without error, or a list of problems each with a location.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20_261_127;
    private const int Cases = 3_000;

    private static readonly byte[] Alphabet = Encoding.ASCII.GetBytes("{}[]\",:.-+eE0123456789 truefalsnl\\u\n");

    [Fact]
    public void Damaged_documents_never_throw_and_are_either_valid_or_located()
    {
        var random = new Random(Seed);
        var originals = Directory.EnumerateFiles(Samples.Folder, "*.json", SearchOption.AllDirectories).Select(File.ReadAllBytes)
            .Concat(new SyntheticDeals(Seed).Dense(10, 6).Select(d => Encoding.UTF8.GetBytes(DealDocumentWriter.Write(d))))
            .ToArray();
        var rejected = 0;

        for (var i = 0; i < Cases; i++)
        {
            var damaged = Damage(originals[random.Next(originals.Length)], random);

            var result = DealDocumentReader.Read(damaged, $"fuzz-{i}.json");

            if (result.Succeeded)
            {
                Assert.Empty(Evaluation.Evaluator.Evaluate([result.Document]).Errors);
            }
            else
            {
                rejected++;
                Assert.All(result.Problems, p => Assert.StartsWith("$", p.Location, StringComparison.Ordinal));
                Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
            }
        }

        Assert.InRange(rejected, Cases / 2, Cases);
    }

    private static byte[] Damage(byte[] original, Random random)
    {
        var bytes = original.ToList();
        for (var edits = random.Next(1, 4); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 16), bytes.Count - at));
                    break;
                case 2:
                    bytes.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    bytes.InsertRange(at, bytes.Skip(random.Next(bytes.Count)).Take(random.Next(1, 40)).ToArray());
                    break;
                default:
                    bytes[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
            }
        }

        return [.. bytes];
    }
}
