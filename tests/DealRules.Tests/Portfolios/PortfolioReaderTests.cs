using DealRules.Documents;
using DealRules.Engine;
using DealRules.Input;
using DealRules.Portfolios;
using DealRules.Reporting;
using DealRules.Strategic;
using DealRules.Tests.Support;

namespace DealRules.Tests.Portfolios;

/// <summary>The folder pipeline as a library: each input read once, problems in input order, the report of evaluating everything at once.</summary>
public sealed class PortfolioReaderTests
{
    private static readonly DealEvaluator Evaluator = new(RulePack.FromAssemblyOf<StrategicRules>());

    private static DocumentInput[] Inputs(IEnumerable<DealRules.Model.Deal> deals) =>
        deals.Select(d => DocumentInput.Of(d.Id + ".json", System.Text.Encoding.UTF8.GetBytes(DealDocumentWriter.Write(d)))).ToArray();

    public static TheoryData<string, int, int> Portfolios => new()
    {
        { "independent", 1, 2_000 },
        { "independent", 2, 10 },
        { "dense", 2, 2_000 },
        { "dense", 2, 5 },
        { "mixed", 4, 7 },
    };

    [Theory]
    [MemberData(nameof(Portfolios))]
    public void A_checked_portfolio_gives_the_report_of_evaluating_every_document_at_once(string kind, int parallelism, int heldAtMost)
    {
        var generator = new SyntheticDeals(21);
        var deals = kind switch
        {
            "independent" => generator.Independent(150).ToArray(),
            "dense" => generator.Dense(150, 40).ToArray(),
            _ => generator.Independent(75).Concat(generator.Dense(75, 12)).ToArray(),
        };
        var expected = ReportJsonWriter.ToJson(Evaluator.Evaluate(SyntheticDeals.AsDocuments(deals)));

        var portfolio = PortfolioReader.Read(Inputs(deals), new PortfolioReadOptions { MaxDegreeOfParallelism = parallelism, HeldAtMost = heldAtMost });
        using var spool = new ReportSpool();
        var problems = portfolio.Evaluate(Evaluator, spool, new PortfolioEvaluationOptions { BatchSize = 40, MaxDegreeOfParallelism = parallelism });

        Assert.Empty(problems);
        Assert.Equal(deals.Select(d => d.Id + ".json"), portfolio.Documents.Select(d => d.Source));
        using var written = new MemoryStream();
        spool.WriteJson(written);
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(written.ToArray()));
    }

    [Fact]
    public void Each_input_is_read_once_and_problems_come_in_input_order_whatever_the_parallelism()
    {
        // More inputs than one window of reading (64), so that windows are read while earlier ones are compared.
        var reads = new int[200];
        var deals = new SyntheticDeals(3).Independent(200).ToArray();
        var inputs = deals.Select((d, i) => DocumentInput.Of($"{i:000}.json", () =>
        {
            Interlocked.Increment(ref reads[i]);
            // Every third document is broken, every fifth takes the id of the first.
            var text = DealDocumentWriter.Write(i % 5 == 4 ? d with { Id = deals[0].Id } : d);
            return new FileRead { Bytes = System.Text.Encoding.UTF8.GetBytes(i % 3 == 2 ? text.Replace("\"title\"", "\"titel\"", StringComparison.Ordinal) : text) };
        })).ToArray();

        var sequential = PortfolioReader.Read(inputs, new PortfolioReadOptions { MaxDegreeOfParallelism = 1 });
        var parallel = PortfolioReader.Read(inputs, new PortfolioReadOptions { MaxDegreeOfParallelism = 4 });

        Assert.All(reads, count => Assert.Equal(2, count));
        Assert.False(parallel.Succeeded);
        Assert.Equal(sequential.Problems, parallel.Problems);
        Assert.Equal(sequential.Problems.Select(p => p.File).Order(StringComparer.Ordinal), parallel.Problems.Select(p => p.File));
        Assert.Contains(parallel.Problems, p => p.File == "004.json" && p.Message.Contains("already used by 000.json", StringComparison.Ordinal));
        Assert.Contains(parallel.Problems, p => p.File == "002.json" && p.Location == "$.titel");
        Assert.Contains(parallel.Problems, p => p.File == "199.json" && p.Message.Contains("already used by 000.json", StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => parallel.Evaluate(Evaluator, new ReportSpool()));
    }

    [Fact]
    public void A_portfolio_read_only_to_be_checked_finds_the_same_problems_and_keeps_no_document()
    {
        var deals = new SyntheticDeals(4).Independent(30).ToArray();
        var inputs = deals.Select((d, i) => DocumentInput.Of($"{i:00}.json", System.Text.Encoding.UTF8.GetBytes(
            DealDocumentWriter.Write(i % 7 == 6 ? d with { Id = deals[0].Id } : d).Replace(i % 4 == 3 ? "\"title\"" : "\"-\"", "\"titel\"", StringComparison.Ordinal)))).ToArray();

        var kept = PortfolioReader.Read(inputs, new PortfolioReadOptions { HeldAtMost = 10 });
        var checkedOnly = PortfolioReader.Read(inputs, new PortfolioReadOptions { HeldAtMost = 10, KeepDocuments = false });

        Assert.NotEmpty(kept.Problems);
        Assert.Equal(kept.Problems, checkedOnly.Problems);
        Assert.Equal(kept.Warnings, checkedOnly.Warnings);
        Assert.Equal(kept.Documents.Select(d => (d.Source, d.DealId)), checkedOnly.Documents.Select(d => (d.Source, d.DealId)));
        Assert.Equal(kept.Documents.Select(d => d.Links), checkedOnly.Documents.Select(d => d.Links));
        Assert.Equal(deals[1].Id, kept.Documents[1].Document.Deal.Id);
        Assert.Throws<InvalidOperationException>(() => checkedOnly.Documents[1].Document);
    }

    [Fact]
    public void A_file_that_is_not_regular_is_a_problem_at_its_root()
    {
        var portfolio = PortfolioReader.Read([DocumentInput.File("/dev/null"), DocumentInput.File(Samples.PathOf("amazon-openai-2025-12.json"))]);

        var problem = Assert.Single(portfolio.Problems);
        Assert.Equal(("/dev/null", "$"), (problem.File, problem.Location));
        Assert.Single(portfolio.Documents);
    }

    [Fact]
    public void Positions_point_at_each_entry_of_the_file()
    {
        var portfolio = PortfolioReader.Read([DocumentInput.File(Samples.PathOf("amazon-openai-2025-12.json"))], new PortfolioReadOptions { Positions = true });

        var positions = Assert.Single(portfolio.Documents).Positions!;
        Assert.Equal(new TextPosition(1, 1), positions["$"]);
        Assert.Contains("$.investments[0]", positions.Keys);
    }

    [Fact]
    public void A_filter_keeps_only_the_findings_it_wants_and_the_counts_follow()
    {
        var portfolio = PortfolioReader.Read(Inputs(new SyntheticDeals(5).Independent(60)));
        using var spool = new ReportSpool();

        portfolio.Evaluate(Evaluator, spool, new PortfolioEvaluationOptions { Filter = f => f.Severity == DealRules.Authoring.Severity.High, BatchSize = 25 });

        var report = spool.ToReport();
        Assert.NotEmpty(report.Findings);
        Assert.All(report.Findings, f => Assert.Equal(DealRules.Authoring.Severity.High, f.Severity));
        Assert.Equal(report.Findings.Count, report.Summary.Findings);
    }

    [Fact]
    public void Progress_only_grows_and_ends_at_every_document()
    {
        var portfolio = PortfolioReader.Read(Inputs(new SyntheticDeals(6).Independent(300)));
        var told = new List<int>();
        using var spool = new ReportSpool();

        portfolio.Evaluate(Evaluator, spool, new PortfolioEvaluationOptions { Progress = told.Add, ProgressStep = 20, MaxDegreeOfParallelism = 2 });

        Assert.Equal(told.Order(), told);
        Assert.Equal(300, told[^1]);
    }

    [Fact]
    public void A_cancelled_read_returns_only_when_no_input_is_being_read()
    {
        // The first window's documents are compared while the second window is read; cancelling then must not
        // leave the second window reading files after the call has returned.
        var deals = new SyntheticDeals(8).Independent(200).ToArray();
        var reading = 0;
        using var secondWindowStarted = new ManualResetEventSlim();
        var inputs = deals.Select((d, i) => DocumentInput.Of($"{i:000}.json", () =>
        {
            Interlocked.Increment(ref reading);
            if (i >= 64)
            {
                secondWindowStarted.Set();
                Thread.Sleep(100);
            }

            Interlocked.Decrement(ref reading);
            return new FileRead { Bytes = System.Text.Encoding.UTF8.GetBytes(DealDocumentWriter.Write(d)) };
        })).ToArray();
        using var cancel = new CancellationTokenSource();
        var readingAtReturn = -1;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            try
            {
                PortfolioReader.Read(inputs, new PortfolioReadOptions
                {
                    MaxDegreeOfParallelism = 2,
                    Progress = _ =>
                    {
                        Assert.True(secondWindowStarted.Wait(TimeSpan.FromSeconds(30)));
                        cancel.Cancel();
                    },
                }, cancel.Token);
            }
            finally
            {
                readingAtReturn = Volatile.Read(ref reading);
            }
        });
        Assert.Equal(0, readingAtReturn);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_temporary_folder_that_cannot_hold_a_later_batch_is_a_problem_whatever_the_parallelism(int parallelism)
    {
        // The first batch's findings stay in memory; the second batch's need the spool's file, in a folder that is
        // not there. On several cores that add runs while the third batch is evaluated: its failure is still the
        // problem returned, and no batch is evaluated after it is known.
        var portfolio = PortfolioReader.Read(Inputs(new SyntheticDeals(31).Independent(200)));
        var missing = Path.Combine(Path.GetTempPath(), "dealrules-missing-" + Guid.NewGuid().ToString("N"));
        using var spool = new ReportSpool(missing);
        var evaluated = new List<int>();

        var problems = portfolio.Evaluate(Evaluator, spool, new PortfolioEvaluationOptions
        {
            BatchSize = 40,
            MaxDegreeOfParallelism = parallelism,
            BatchEvaluated = documents => evaluated.Add(documents.Count),
        });

        var problem = Assert.Single(problems);
        Assert.Equal(missing + Path.DirectorySeparatorChar, problem.File);
        Assert.StartsWith("the findings cannot be held in this temporary folder (set TMPDIR to another): ", problem.Message, StringComparison.Ordinal);
        Assert.InRange(evaluated.Count, 1, parallelism == 1 ? 1 : 2);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void On_several_cores_each_batch_is_in_the_spool_and_nothing_is_being_added_when_its_documents_are_given()
    {
        // BatchEvaluated runs on the calling thread; a caller may read the spool there (FindingCount walks its runs),
        // so no add may be running then, and every batch given so far is held.
        var portfolio = PortfolioReader.Read(Inputs(new SyntheticDeals(31).Independent(200)));
        var expected = new List<int>();
        var total = 0;
        foreach (var batch in portfolio.Batches(40))
        {
            total += Evaluator.Evaluate(batch.Select(d => d.Document).ToList()).Findings.Count;
            expected.Add(total);
        }

        using var spool = new ReportSpool(null, renderJson: true);
        var seen = new List<int>();

        var problems = portfolio.Evaluate(Evaluator, spool, new PortfolioEvaluationOptions
        {
            BatchSize = 40,
            MaxDegreeOfParallelism = 2,
            BatchEvaluated = _ => seen.Add(spool.FindingCount),
        });

        Assert.Empty(problems);
        Assert.True(expected.Count > 2 && total > 0);
        Assert.Equal(expected, seen);
    }
}
