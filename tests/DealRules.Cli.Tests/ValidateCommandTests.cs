namespace DealRules.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Valid_folder_lists_each_document_and_exits_0()
    {
        var run = CommandRun.Of("validate", CommandRun.Samples);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("7 documents valid.", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_document_lists_every_problem_and_exits_2()
    {
        using var folder = new TemporaryFolder();
        var bad = folder.File("bad.json", """{ "schemaVersion": 1, "id": "Bad", "title": "Bad", "status": "signed", "parties": [], "extra": true }""");

        var run = CommandRun.Of("validate", bad);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{bad}: $.extra: unknown property", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{bad}: $.id: 'Bad' is not an id", run.Error, StringComparison.Ordinal);
        Assert.Contains("problems.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_documents_with_one_deal_id_are_a_problem()
    {
        using var folder = new TemporaryFolder();
        var example = Path.Combine(CommandRun.Samples, "amazon-openai-2025-12.json");
        folder.Copy(example, "a.json");
        folder.Copy(example, "b.json");

        var run = CommandRun.Of("validate", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("deal id 'amazon-openai-2025-12' is already used by", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_needs_a_path()
    {
        Assert.Equal(2, CommandRun.Of("validate").ExitCode);
    }
}
