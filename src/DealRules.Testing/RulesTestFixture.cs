using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Observation;
using DealRules.Profiles;
using NRules.Fluent.Dsl;

namespace DealRules.Testing;

/// <summary>
/// Evaluates deal documents with a pack, some of its rules, or one rule, under a profile, for a test;
/// what it evaluated can then be verified in the style of NRules' own <c>RulesTestFixture</c>:
/// <c>result.Verify(x =&gt; x.Rule&lt;SpendBackRatioRule&gt;().Fired(Times.Once))</c>. A fixture
/// compiles its rules once and is safe to share between tests (a static field, a class fixture).
/// When created <see cref="WithCoverage"/>, it counts which rules fired and which conditions were
/// seen true and false over everything it evaluated.
/// </summary>
public sealed class RulesTestFixture
{
    private readonly DealEvaluator evaluator;
    private readonly Profile? profile;
    private readonly EvaluationObserver? coverage;

    private RulesTestFixture(DealEvaluator evaluator, Profile? profile, EvaluationObserver? coverage)
    {
        this.evaluator = evaluator;
        this.profile = profile;
        this.coverage = coverage;
    }

    /// <summary>A fixture of every rule of a pack: <c>RulesTestFixture.For(RulePack.FromAssemblyOf&lt;StrategicRules&gt;())</c>.</summary>
    /// <param name="pack">The pack.</param>
    /// <exception cref="RulePackException">The pack does not compile.</exception>
    public static RulesTestFixture For(RulePack pack) => new(new DealEvaluator(pack), null, null);

    /// <summary>A fixture of one rule alone, with the parameters its pack (its assembly) declares.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <exception cref="RulePackException">The rule lacks catalog metadata or does not compile.</exception>
    public static RulesTestFixture For<TRule>()
        where TRule : Rule => ForRules(typeof(TRule));

    /// <summary>A fixture of some rules of one assembly, with the parameters it declares.</summary>
    /// <param name="ruleTypes">The rule classes, all from one assembly.</param>
    /// <exception cref="RulePackException">A rule lacks catalog metadata or does not compile.</exception>
    public static RulesTestFixture ForRules(params Type[] ruleTypes)
    {
        var assembly = ruleTypes.Select(t => t.Assembly).Distinct().SingleOrDefault()
            ?? throw new ArgumentException("Name rules of one assembly.", nameof(ruleTypes));
        var pack = RulePack.FromAssembly(assembly);
        return For(pack.Only(ruleTypes.Select(t => RulePack.RuleOf(t).Id)));
    }

    /// <summary>The rules evaluated.</summary>
    public RulePack Pack => evaluator.Pack;

    /// <summary>The same rules under a profile of parameter values: <c>fixture.WithParameters(("circular.spendBackHigh", 1.5m))</c>.</summary>
    /// <param name="values">Parameter names and values.</param>
    /// <exception cref="ArgumentException">A name is not a parameter of the pack, or a value is outside its range.</exception>
    public RulesTestFixture WithParameters(params (string Name, decimal Value)[] values) =>
        WithProfile(new Profile("test", values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal)));

    /// <summary>The same rules under a profile.</summary>
    /// <param name="testProfile">The profile; its values are checked against the pack.</param>
    /// <exception cref="ArgumentException">A name is not a parameter of the pack, or a value is outside its range.</exception>
    public RulesTestFixture WithProfile(Profile testProfile)
    {
        var problems = ProfileReader.Check(testProfile, Pack);
        return problems.Count == 0
            ? new RulesTestFixture(evaluator, testProfile, coverage)
            : throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(testProfile));
    }

    /// <summary>The same rules, counting coverage over every evaluation from now on (read it with <see cref="Coverage"/>).</summary>
    public RulesTestFixture WithCoverage() => new(evaluator, profile, EvaluationObserver.ForCoverage());

    /// <summary>Evaluates documents together, as one portfolio.</summary>
    /// <param name="documents">The documents (a <see cref="DealBuilder"/> converts to one).</param>
    /// <exception cref="ArgumentException">Two documents share a deal id, or disagree about a party.</exception>
    public RuleTestResult Evaluate(params DealDocument[] documents) => Evaluate((IReadOnlyCollection<DealDocument>)documents);

    /// <summary>Evaluates documents together, as one portfolio.</summary>
    /// <param name="documents">The documents.</param>
    /// <exception cref="ArgumentException">Two documents share a deal id, or disagree about a party.</exception>
    public RuleTestResult Evaluate(IReadOnlyCollection<DealDocument> documents)
    {
        var report = coverage is null ? evaluator.Evaluate(documents, profile) : evaluator.Evaluate(documents, profile, coverage);
        return new RuleTestResult(report, Pack, why => Explain(documents, why));
    }

    /// <summary>Why a rule fired or did not on documents, as NRules evaluated it (see <see cref="RuleExplanation"/>).</summary>
    /// <param name="documents">The documents, as one portfolio.</param>
    /// <param name="ruleId">The rule's id.</param>
    public RuleExplanation Explain(IReadOnlyCollection<DealDocument> documents, string ruleId)
    {
        var observer = EvaluationObserver.ForExplanation(ruleId);
        evaluator.Evaluate(documents, profile, observer);
        return observer.Explanations().SingleOrDefault() ?? throw new ArgumentException($"{Pack.Name} has no rule '{ruleId}'.", nameof(ruleId));
    }

    /// <summary>The coverage of everything evaluated since <see cref="WithCoverage"/>.</summary>
    /// <exception cref="InvalidOperationException">The fixture was not created with <see cref="WithCoverage"/>.</exception>
    public CoverageReport Coverage() => coverage?.Coverage() ?? throw new InvalidOperationException("Create the fixture WithCoverage() to count coverage.");
}
