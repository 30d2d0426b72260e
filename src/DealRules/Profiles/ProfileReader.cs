using System.Text.Json;
using DealRules.Documents;

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
    public static ProfileReadResult ReadFile(string path, IParameterCatalog pack)
    {
        try
        {
            return Read(File.ReadAllBytes(path), path, Path.GetFileNameWithoutExtension(path), pack);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ProfileReadResult.Rejected([new DocumentProblem(path, JsonPath.Root, $"cannot be read: {e.Message}")]);
        }
    }

    /// <summary>Reads and checks a profile held in memory.</summary>
    /// <param name="utf8Json">The profile's bytes.</param>
    /// <param name="source">The name problems are reported under.</param>
    /// <param name="name">The profile's name.</param>
    /// <param name="pack">The pack whose parameters the profile may set.</param>
    public static ProfileReadResult Read(ReadOnlyMemory<byte> utf8Json, string source, string name, IParameterCatalog pack)
    {
        var problems = new ProblemCollector(source);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = DealDocumentReader.MaximumDepth });
        }
        catch (JsonException e)
        {
            problems.Add(JsonPath.Root, $"is not valid JSON: {e.Message}");
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
                else if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDecimal(out var value))
                {
                    problems.Add(location, $"parameter '{property.Name}' must be a number; found {property.Value.GetRawText()}");
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
