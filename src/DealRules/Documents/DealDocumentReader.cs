using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using DealRules.Input;
using DealRules.Model;
using DealRules.Validation;

namespace DealRules.Documents;

/// <summary>
/// Reads deal documents strictly: the JSON must be well formed, of the document format's shape and
/// values, and consistent. A document with any problem is rejected whole, with every problem listed.
/// </summary>
public static class DealDocumentReader
{
    /// <summary>The largest document accepted, in bytes (16 MiB).</summary>
    public const long MaximumBytes = 16 * 1024 * 1024;

    /// <summary>The deepest nesting accepted.</summary>
    public const int MaximumDepth = 64;

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        MaxDepth = MaximumDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>Reads and checks the document in a file.</summary>
    /// <param name="path">The file to read; problems name it as given. It must be a regular file (a device, a FIFO or a folder is refused without being read) of at most <see cref="MaximumBytes"/>.</param>
    public static DocumentReadResult ReadFile(string path) => ReadFile(path, FileReadOptions.None);

    /// <summary>Reads and checks the document in a file, as <paramref name="options"/> allow.</summary>
    /// <param name="path">The file to read; problems name it as given.</param>
    /// <param name="options">Whether symbolic links are refused and pipes allowed.</param>
    public static DocumentReadResult ReadFile(string path, FileReadOptions options)
    {
        var file = RegularFile.Read(path, MaximumBytes, options);
        return file.Succeeded
            ? Read(file.Bytes, path)
            : DocumentReadResult.Rejected([new DocumentProblem(path, JsonPath.Root, file.Problem!)]);
    }

    /// <summary>Reads and checks a document held in memory as UTF-8.</summary>
    /// <param name="utf8Json">The document's bytes; a UTF-8 byte order mark is allowed.</param>
    /// <param name="source">The name problems are reported under, usually the file path.</param>
    public static DocumentReadResult Read(ReadOnlyMemory<byte> utf8Json, string source)
    {
        if (utf8Json.Length > MaximumBytes)
        {
            return TooLarge(source, utf8Json.Length);
        }

        var problems = new ProblemCollector(source);
        var bytes = SkipByteOrderMark(utf8Json);
        if (!IsValidUtf8(bytes.Span, out var offset))
        {
            problems.Add(JsonPath.Root, $"is not valid UTF-8 (at byte {offset}); expected a UTF-8 JSON document");
            return DocumentReadResult.Rejected(problems.Problems);
        }

        if (IsBlank(bytes.Span))
        {
            problems.Add(JsonPath.Root, "is empty; expected a JSON object describing a deal");
            return DocumentReadResult.Rejected(problems.Problems);
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes, ParseOptions);
        }
        catch (JsonException e)
        {
            problems.Add(JsonPath.Root, SyntaxMessage(e));
            var line = e.LineNumber is { } at ? (int)Math.Min(at + 1, int.MaxValue) : (int?)null;
            var column = e.BytePositionInLine is { } position ? (int)Math.Min(position + 1, int.MaxValue) : (int?)null;
            return DocumentReadResult.Rejected([problems.Problems[0] with { Line = line, Column = column }]);
        }

        using (json)
        {
            var deal = DealBinder.Bind(json.RootElement, problems);
            if (deal is not null)
            {
                Validate(deal, problems);
            }

            return problems.HasProblems || deal is null
                ? DocumentReadResult.Rejected(JsonLocations.Locate(bytes.Span, problems.Problems))
                : DocumentReadResult.Accepted(new DealDocument(deal, source));
        }
    }

    /// <summary>Reads and checks a document held in a string.</summary>
    /// <param name="json">The document's text.</param>
    /// <param name="source">The name problems are reported under.</param>
    public static DocumentReadResult Read(string json, string source) => Read(Encoding.UTF8.GetBytes(json), source);

    private static void Validate(Deal deal, ProblemCollector problems)
    {
        var context = new FluentValidation.ValidationContext<Deal>(deal);
        if (problems.HasProblems && problems.Problems.Any(p => p.Location.StartsWith("$.parties", StringComparison.Ordinal)))
        {
            context.RootContextData[DealValidator.PartiesUnreadable] = true;
        }

        foreach (var failure in DealValidator.Instance.Validate(context).Errors)
        {
            var location = ValidationPaths.ToJsonPath(failure.PropertyName);
            if (!problems.Covers(location))
            {
                problems.Add(location, failure.ErrorMessage);
            }
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0;

    private static DocumentReadResult TooLarge(string source, long length) =>
        DocumentReadResult.Rejected([new DocumentProblem(source, JsonPath.Root,
            $"is {length:N0} bytes; expected at most {MaximumBytes:N0} (16 MiB)")]);

    private static ReadOnlyMemory<byte> SkipByteOrderMark(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out int offset)
    {
        offset = 0;
        Span<char> buffer = stackalloc char[1024];
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
            {
                return false;
            }

            if (status == OperationStatus.Done)
            {
                return true;
            }
        }

        return true;
    }

    private static string SyntaxMessage(JsonException e)
    {
        var where = e.LineNumber is { } line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
        // Only the parser's own limit is "nested too deep"; "Expected depth to be zero" is an unclosed object.
        var reason = e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase) ? $"nested deeper than {MaximumDepth} levels"
            : e.Message.Contains("Expected depth to be zero", StringComparison.Ordinal) ? "the document ends before every object and array is closed"
            : FirstSentence(e.Message);
        return $"is not valid JSON{where}: {reason}";
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.', ' ');
    }
}
