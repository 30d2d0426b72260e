using System.Diagnostics;
using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Facts;
using DealRules.Profiles;
using DealRules.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace DealRules.Engine;

/// <summary>
/// Evaluates deal documents against a rule pack. The pack is compiled into one NRules session
/// factory when the evaluator is created; each evaluation runs in a session of its own, so one
/// evaluator can be shared by any number of threads.
/// </summary>
public sealed partial class DealEvaluator
{
    private readonly ISessionFactory sessionFactory;
    private readonly FactSelection factSelection;
    private readonly ILogger logger;

    /// <summary>Compiles a rule pack.</summary>
    /// <param name="pack">The rules to evaluate.</param>
    /// <param name="defaultProfile">The profile used when an evaluation names none; null for the pack's defaults.</param>
    /// <param name="logger">Where compilation and evaluation events go; null for nowhere.</param>
    /// <exception cref="RulePackException">The rules do not compile into a Rete network.</exception>
    public DealEvaluator(RulePack pack, Profile? defaultProfile = null, ILogger? logger = null)
    {
        Pack = pack;
        DefaultProfile = defaultProfile ?? Profile.Default;
        this.logger = logger ?? NullLogger.Instance;
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var repository = new RuleRepository();
            repository.Load(spec => spec.From(pack.Rules.Select(r => r.RuleType)));
            RequireEveryRuleLoaded(pack, repository);
            // Every fact is a distinct object, and facts are records whose value equality hashes every
            // field: identity by reference is what the rules mean, and cheaper to keep.
            var compiler = new RuleCompiler();
            compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
            var rules = repository.GetRules().ToArray();
            sessionFactory = compiler.Compile(rules);
            factSelection = FactSelection.For(rules);
        }
        catch (Exception e) when (e is RuleDefinitionException or RuleCompilationException or RuleActivationException or ArgumentException)
        {
            LogCompilationFailed(this.logger, pack.Name, e);
            throw new RulePackException($"The rules of {pack.Name} do not compile: {e.Message}", e);
        }

        LogCompiled(this.logger, pack.Name, pack.Rules.Count, stopwatch.ElapsedMilliseconds);
    }

    /// <summary>The profile used when an evaluation names none.</summary>
    public Profile DefaultProfile { get; }

    /// <summary>NRules skips nested and non-public rule classes; a pack that holds one must fail loudly, not lose the rule.</summary>
    private static void RequireEveryRuleLoaded(RulePack pack, RuleRepository repository)
    {
        var loaded = repository.GetRules().Select(RuleInfo.Of).Select(r => r.RuleType).ToHashSet();
        var skipped = pack.Rules.Where(r => !loaded.Contains(r.RuleType)).Select(r => $"{r.Id} ({r.RuleType.FullName})").ToArray();
        if (skipped.Length > 0)
        {
            throw new RulePackException($"NRules does not load {string.Join(", ", skipped)}: a rule class must be public and not nested.");
        }
    }

    /// <summary>The rule pack.</summary>
    public RulePack Pack { get; }

    /// <summary>Evaluates documents together, as one portfolio.</summary>
    /// <param name="documents">Documents read by <see cref="DealDocumentReader"/>; their deal ids must differ.</param>
    /// <param name="profile">Parameter values checked against <see cref="Pack"/>; null for <see cref="DefaultProfile"/>.</param>
    /// <param name="cancellationToken">Stops the evaluation between rule firings.</param>
    /// <returns>The report: findings in report order, and any rule that threw.</returns>
    /// <exception cref="ArgumentException">
    /// Two documents share a deal id, or disagree about a party's kind or a product's controller
    /// (<see cref="PortfolioConsistency"/>; check first with <see cref="PortfolioProblems.Of"/>).
    /// </exception>
    public EvaluationReport Evaluate(IReadOnlyCollection<DealDocument> documents, Profile? profile = null, CancellationToken cancellationToken = default)
    {
        if (PortfolioProblems.Of(documents) is [var problem, ..])
        {
            throw new ArgumentException(problem.ToString(), nameof(documents));
        }

        var stopwatch = Stopwatch.StartNew();
        var parameters = Pack.ParametersFor(profile ?? DefaultProfile);
        var findings = new List<Finding>();
        var errors = new List<RuleError>();
        var batches = SessionBatchSize <= 0
            ? [documents.ToList()]
            : PortfolioComponents.Batches(PortfolioComponents.Of(documents.ToList()), SessionBatchSize);
        foreach (var batch in batches)
        {
            var (batchFindings, batchErrors) = EvaluateInOneSession(batch, parameters, cancellationToken);
            findings.AddRange(batchFindings);
            errors.AddRange(batchErrors);
        }

        var report = ReportMerger.Build(
            parameters.ProfileName,
            documents.Select(d => new DealSummary(d.Deal.Id, d.Deal.Title, d.Deal.Status, d.Source)),
            findings,
            errors,
            Pack.Rules.Count);
        foreach (var error in report.Errors)
        {
            LogRuleFailed(logger, error.RuleId, string.Join(", ", error.DealIds), error.Message);
        }

        LogEvaluated(logger, documents.Count, report.Findings.Count, report.Errors.Count, stopwatch.ElapsedMilliseconds);
        return report;
    }

    /// <summary>
    /// How many documents at most share an NRules session. Documents that name no common party are
    /// evaluated apart (their findings cannot depend on each other), and small groups are packed into
    /// sessions of about this many documents: few enough that joins stay cheap, enough that the cost
    /// of a session is shared. 0 evaluates the whole portfolio in one session (for comparison).
    /// </summary>
    internal int SessionBatchSize { get; init; } = DefaultSessionBatchSize;

    internal const int DefaultSessionBatchSize = 16;

    private (List<Finding> Findings, RuleError[] Errors) EvaluateInOneSession(
        IReadOnlyCollection<DealDocument> documents, RuleParameters parameters, CancellationToken cancellationToken)
    {
        var session = sessionFactory.CreateSession();
        var errors = new RuleErrorCollector(session);
        session.Insert(parameters);
        session.InsertAll(FactBuilder.Build(documents, factSelection));
        session.Fire(cancellationToken);
        return (session.Query<Finding>().ToList(), errors.Collected());
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Compiled rule pack {Pack}: {Rules} rules in {ElapsedMilliseconds} ms")]
    private static partial void LogCompiled(ILogger logger, string pack, int rules, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Rule pack {Pack} does not compile")]
    private static partial void LogCompilationFailed(ILogger logger, string pack, Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Evaluated {Deals} deals: {Findings} findings, {Errors} rule errors in {ElapsedMilliseconds} ms")]
    private static partial void LogEvaluated(ILogger logger, int deals, int findings, int errors, long elapsedMilliseconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Rule {RuleId} failed on {DealIds}: {Message}")]
    private static partial void LogRuleFailed(ILogger logger, string ruleId, string dealIds, string message);

    /// <summary>Records what the rules of one session throw, and lets the other rules go on.</summary>
    private sealed class RuleErrorCollector
    {
        private readonly SortedSet<(string RuleId, string DealIds, string Message)> errors = [];

        public RuleErrorCollector(ISession session)
        {
            session.Events.LhsExpressionFailedEvent += (_, e) =>
            {
                e.IsHandled = true;
                foreach (var rule in e.Rules)
                {
                    Add(rule, e.Facts.Select(f => f.Value), e.Exception!);
                }
            };
            session.Events.AgendaExpressionFailedEvent += (_, e) =>
            {
                e.IsHandled = true;
                Add(e.Rule, e.Facts.Select(f => f.Value), e.Exception!);
            };
            session.Events.RhsExpressionFailedEvent += (_, e) =>
            {
                e.IsHandled = true;
                Add(e.Match.Rule, e.Match.Facts.Select(f => f.Value), e.Exception!);
            };
        }

        public RuleError[] Collected() => errors
            .Select(e => new RuleError(e.RuleId, e.DealIds.Length == 0 ? [] : e.DealIds.Split(' '), e.Message))
            .ToArray();

        private void Add(IRuleDefinition rule, IEnumerable<object?> facts, Exception exception)
        {
            var ruleId = RuleIdOf(rule);
            var dealIds = facts.OfType<IDealFact>().SelectMany(f => f.DealIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            var cause = exception is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : exception;
            lock (errors)
            {
                errors.Add((ruleId, string.Join(' ', dealIds), $"{cause.GetType().Name}: {cause.Message}"));
            }
        }

        private static string RuleIdOf(IRuleDefinition rule)
        {
            try
            {
                return RuleInfo.Of(rule).Id;
            }
            catch (RulePackException)
            {
                return rule.Name;
            }
        }
    }
}
