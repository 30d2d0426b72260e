using System.Text.Json;
using DealRules.Documents;
using DealRules.Input;

namespace DealRules.Profiles;

/// <summary>
/// Reads profile files: a JSON object of parameter names and numbers, checked against a rule pack. A
/// <c>$schema</c> property (a string) is allowed so that editors can offer completion.
/// </summary>
public static class ProfileReader
{
    /// <summary>Reads and checks a profile file; the profile is named after the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="pack">The pack whose parameters the profile may set.</param>
    public static ProfileReadResult ReadFile(string path, IParameterCatalog pack) => ReadFile(path, pack, FileReadOptions.None);

    /// <summary>Reads and checks a profile file (a regular file of at most <see cref="MaximumBytes"/>, or a pipe where allowed).</summary>
    /// <param name="path">The file.</param>
    /// <param name="pack">The pack whose parameters the profile may set.</param>
    /// <param name="options">Whether symbolic links are refused and pipes allowed.</param>
    public static ProfileReadResult ReadFile(string path, IParameterCatalog pack, FileReadOptions options)
    {
        var file = RegularFile.Read(path, MaximumBytes, options);
        return file.Succeeded
            ? Read(file.Bytes, path, Path.GetFileNameWithoutExtension(path), pack)
            : ProfileReadResult.Rejected([new DocumentProblem(path, JsonPath.Root, file.Problem!)]);
    }

    /// <summary>The largest profile accepted, in bytes (1 MiB: a profile is a few lines).</summary>
    public const long MaximumBytes = 1024 * 1024;

    /// <summary>Checks a profile made in code against a pack, with the same rules as profile files: every name a parameter of the pack, every value in its range.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="pack">The pack whose parameters the profile may set.</param>
    /// <returns>What is wrong, one message each; empty when the profile is good.</returns>
    public static IReadOnlyList<string> Check(Profile profile, IParameterCatalog pack) =>
        new ProfileValidator(pack).Validate(profile.Values).Errors.Select(f => f.ErrorMessage).ToArray();

    /// <summary>Reads and checks a profile held in memory.</summary>
    /// <param name="utf8Json">The profile's bytes.</param>
    /// <param name="source">The name problems are reported under.</param>
    /// <param name="name">The profile's name.</param>
    /// <param name="pack">The pack whose parameters the profile may set.</param>
    public static ProfileReadResult Read(ReadOnlyMemory<byte> utf8Json, string source, string name, IParameterCatalog pack)
    {
        var problems = new ProblemCollector(source);
        if (utf8Json.Length > MaximumBytes)
        {
            problems.Add(JsonPath.Root, $"is {utf8Json.Length:N0} bytes; expected at most {MaximumBytes:N0} ({RegularFile.Size(MaximumBytes)})");
            return ProfileReadResult.Rejected(problems.Problems);
        }

        // A byte order mark is allowed, as in deal documents.
        if (utf8Json.Span.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = DealDocumentReader.MaximumDepth });
        }
        catch (JsonException e)
        {
            var end = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
            problems.Add(JsonPath.Root, $"is not valid JSON{where}: {(end > 0 ? e.Message[..end] : e.Message).TrimEnd('.', ' ')}");
            return ProfileReadResult.Rejected(problems.Problems);
        }

        using (json)
        {
            try
            {
                return Bind(json, name, pack, problems);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json refuses to turn an escape that leaves a surrogate unpaired into a string.
                problems.Add(JsonPath.Root, "is not valid text: an escape such as \\ud800 leaves a surrogate unpaired");
                return ProfileReadResult.Rejected(problems.Problems);
            }
        }
    }

    private static ProfileReadResult Bind(JsonDocument json, string name, IParameterCatalog pack, ProblemCollector problems)
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            problems.Add(JsonPath.Root, "expected an object of parameter names and numbers");
        }
        else
        {
            foreach (var property in json.RootElement.EnumerateObject())
            {
                var location = JsonPath.Property(JsonPath.Root, property.Name);
                if (property.Name == "$schema")
                {
                    // Editors read it to offer completion; it is no parameter.
                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        problems.Add(location, $"expected the URL or path of a JSON Schema, found {property.Value.GetRawText()}");
                    }
                }
                else if (values.ContainsKey(property.Name))
                {
                    problems.Add(location, "duplicate parameter; each parameter may appear once");
                }
                else if (property.Value.ValueKind != JsonValueKind.Number)
                {
                    problems.Add(location, $"parameter '{Echo.Shorten(property.Name)}' must be a number; found {Echo.Shorten(property.Value.GetRawText())}");
                }
                else if (!property.Value.TryGetDecimal(out var value) || ExactNumber.Check(property.Value.GetRawText(), value) != ExactNumber.Outcome.Exact)
                {
                    problems.Add(location, $"parameter '{Echo.Shorten(property.Name)}' is {Echo.Shorten(property.Value.GetRawText())}, which cannot be held exactly; expected a number below 7.9e28 with at most 28 significant digits");
                }
                else
                {
                    values[property.Name] = value;
                }
            }
        }

        foreach (var failure in new ProfileValidator(pack).Validate(values).Errors)
        {
            problems.Add(JsonPath.Property(JsonPath.Root, (string)failure.CustomState), failure.ErrorMessage);
        }

        return problems.HasProblems
            ? ProfileReadResult.Rejected(problems.Problems)
            : ProfileReadResult.Accepted(new Profile(name, values));
    }
}
