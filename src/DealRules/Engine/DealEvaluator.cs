using System.Diagnostics;
using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Observation;
using DealRules.Profiles;
using DealRules.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NRules;
using NRules.Extensibility;
using NRules.Fluent;
using NRules.RuleModel;

namespace DealRules.Engine;

/// <summary>
/// Evaluates deal documents against a rule pack. The pack is compiled into an NRules session
/// factory when the evaluator is created; each evaluation runs in sessions of its own, and sessions
/// running at once take separate factories (<see cref="SessionFactoryPool"/>), so one evaluator can be
/// shared by any number of threads.
/// </summary>
public sealed partial class DealEvaluator : IObservableEvaluator
{
    private readonly SessionFactoryPool sessionFactories;
    private readonly FactSelection factSelection;
    private readonly IRuleDefinition[] laterFormatRules;
    private readonly Lazy<RuleConditions> conditions;
    private readonly ILogger logger;

    /// <summary>Compiles a rule pack.</summary>
    /// <param name="pack">The rules to evaluate.</param>
    /// <param name="defaultProfile">The profile used when an evaluation names none; null for the pack's defaults.</param>
    /// <param name="logger">Where compilation and evaluation events go; null for nowhere.</param>
    /// <exception cref="RulePackException">The rules do not compile into a Rete network.</exception>
    public DealEvaluator(RulePack pack, Profile? defaultProfile = null, ILogger? logger = null)
        : this(pack, defaultProfile, logger, expressionCompiler: null)
    {
    }

    /// <summary>Compiles a rule pack whose expression trees <paramref name="expressionCompiler"/> compiles (null for NRules' own compiler).</summary>
    internal DealEvaluator(RulePack pack, Profile? defaultProfile, ILogger? logger, IExpressionCompiler? expressionCompiler)
    {
        if (pack.RuleTypes is not { } ruleTypes)
        {
            throw new RulePackException($"The rules of {pack.Name} are not loaded in this process; evaluate them where they run (a RulePackHost).");
        }

        Pack = pack;
        DefaultProfile = defaultProfile ?? Profile.Default;
        this.logger = logger ?? NullLogger.Instance;
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var repository = new RuleRepository();
            repository.Load(spec => spec.From(ruleTypes));
            RequireEveryRuleLoaded(pack.Rules, ruleTypes, repository);
            // Every fact is a distinct object, and facts are records whose value equality hashes every
            // field: identity by reference is what the rules mean, and cheaper to keep.
            var rules = repository.GetRules().ToArray();
            ISessionFactory Compile()
            {
                var compiler = new RuleCompiler();
                if (expressionCompiler is not null)
                {
                    compiler.ExpressionCompiler = expressionCompiler;
                }

                compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
                return compiler.Compile(rules);
            }

            sessionFactories = new SessionFactoryPool(Compile(), Compile);
            factSelection = FactSelection.For(rules);
            laterFormatRules = rules.Where(r => RuleInfo.Of(r).RequiresFormat > 1).ToArray();
            // Read only when an evaluation is observed: an evaluator that is never asked pays nothing for it.
            conditions = new Lazy<RuleConditions>(() => new RuleConditions(rules));
        }
        catch (Exception e) when (e is RuleDefinitionException or RuleCompilationException or RuleActivationException or ArgumentException)
        {
            LogCompilationFailed(this.logger, pack.Name, e);
            throw new RulePackException($"The rules of {pack.Name} do not compile: {e.Message}", e);
        }

        LogCompiled(this.logger, pack.Name, pack.Rules.Count, stopwatch.ElapsedMilliseconds);
    }

    /// <summary>
    /// Compiles the shipped catalog, a pack this process trusts, with <see cref="CatalogExpressionCompiler"/>:
    /// the same rules, compiled in less time at start-up.
    /// </summary>
    internal static DealEvaluator ForCatalog(RulePack catalog) => new(catalog, null, null, CatalogExpressionCompiler.Instance);

    /// <summary>The profile used when an evaluation names none.</summary>
    public Profile DefaultProfile { get; }

    /// <summary>NRules skips nested and non-public rule classes; a pack that holds one must fail loudly, not lose the rule.</summary>
    private static void RequireEveryRuleLoaded(IReadOnlyList<RuleInfo> rules, IReadOnlyList<Type> ruleTypes, RuleRepository repository)
    {
        var loaded = repository.GetRules().Select(r => r.Properties.TryGetProperty(RuleProperties.ClrType, out var type) ? type.Value as Type : null).ToHashSet();
        var skipped = rules.Zip(ruleTypes).Where(r => !loaded.Contains(r.Second)).Select(r => $"{r.First.Id} ({r.Second.FullName})").ToArray();
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
    public EvaluationReport Evaluate(IReadOnlyCollection<DealDocument> documents, Profile? profile = null, CancellationToken cancellationToken = default) =>
        Run(documents, profile, null, cancellationToken);

    /// <inheritdoc />
    public EvaluationReport Evaluate(IReadOnlyCollection<DealDocument> documents, Profile? profile, EvaluationObserver observer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observer);
        return Run(documents, profile, observer, cancellationToken);
    }

    private EvaluationReport Run(IReadOnlyCollection<DealDocument> documents, Profile? profile, EvaluationObserver? observer, CancellationToken cancellationToken)
    {
        if (MaxDegreeOfParallelism > 1 && observer is null && documents.Count > SessionBatchSize * MaxDegreeOfParallelism)
        {
            return CheckedWhileEvaluating(documents, profile, cancellationToken);
        }

        if (PortfolioProblems.Of(documents) is [var problem, ..])
        {
            throw new ArgumentException(problem.ToString(), nameof(documents));
        }

        return EvaluateChecked(documents, profile, observer, cancellationToken);
    }

    /// <summary>
    /// Many documents on several cores: they are checked together on this thread (one pass, in order) while
    /// their evaluation starts on the other cores. The evaluation's report is given, and logged, only once the
    /// check has passed; when it fails, the evaluation is stopped and waited for, and only the check's
    /// problem is thrown, as on one core.
    /// </summary>
    private EvaluationReport CheckedWhileEvaluating(IReadOnlyCollection<DealDocument> documents, Profile? profile, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        var evaluation = Task.Run(() => Evaluated(documents, profile, null, stop.Token), stop.Token);
        IReadOnlyList<DocumentProblem> problems;
        try
        {
            problems = PortfolioProblems.Of(documents);
        }
        catch
        {
            StopAndWait(stop, evaluation);
            throw;
        }

        if (problems is [var problem, ..])
        {
            StopAndWait(stop, evaluation);
            throw new ArgumentException(problem.ToString(), nameof(documents));
        }

        EvaluationReport report;
        try
        {
            report = evaluation.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled through the linked source, or before the task ran (a TaskCanceledException): thrown as one
            // thread's Parallel.For throws it, an OperationCanceledException of the caller's own token.
            throw new OperationCanceledException("The operation was canceled.", e, cancellationToken);
        }

        return Logged(report, documents.Count, stopwatch);
    }

    /// <summary>
    /// How many sessions of one evaluation run at once, on as many threads: 1 (the default) evaluates on
    /// the calling thread only. The report is the same whatever the number. With more than one, many
    /// documents are checked together on the calling thread while their evaluation starts on the others.
    /// </summary>
    /// <remarks>
    /// Evaluating allocates (about 38 KB a deal), so how well this scales depends on the host's garbage
    /// collector: on 2 cores, 10,000 deals ran 1.35–1.40× the one-core rate under the workstation GC and
    /// 1.68–1.75× under Server GC, whose collections use every core (README, "Performance").
    /// </remarks>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>Stops an evaluation whose documents failed their check, and waits for it: nothing is left running.</summary>
    private static void StopAndWait(CancellationTokenSource stop, Task evaluation)
    {
        stop.Cancel();
        try
        {
            evaluation.Wait(CancellationToken.None);
        }
        catch (AggregateException)
        {
            // Evaluating documents that are not one portfolio may fail in any way; the check's problem is what is reported.
        }
    }

    /// <summary><see cref="Evaluate(IReadOnlyCollection{DealDocument}, Profile?, CancellationToken)"/> for documents already checked together (<see cref="PortfolioConsistency"/>), as a checked portfolio's are.</summary>
    internal EvaluationReport EvaluateChecked(IReadOnlyCollection<DealDocument> documents, Profile? profile, CancellationToken cancellationToken) =>
        EvaluateChecked(documents, profile, null, cancellationToken);

    private EvaluationReport EvaluateChecked(IReadOnlyCollection<DealDocument> documents, Profile? profile, EvaluationObserver? observer, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        return Logged(Evaluated(documents, profile, observer, cancellationToken), documents.Count, stopwatch);
    }

    /// <summary>Logs each rule error of <paramref name="report"/> and the evaluation's figures.</summary>
    private EvaluationReport Logged(EvaluationReport report, int documents, Stopwatch stopwatch)
    {
        foreach (var error in report.Errors)
        {
            LogRuleFailed(logger, error.RuleId, string.Join(", ", error.DealIds), error.Message);
        }

        LogEvaluated(logger, documents, report.Findings.Count, report.Errors.Count, stopwatch.ElapsedMilliseconds);
        return report;
    }

    /// <summary>The report of documents known to be one portfolio, logging nothing.</summary>
    private EvaluationReport Evaluated(IReadOnlyCollection<DealDocument> documents, Profile? profile, EvaluationObserver? observer, CancellationToken cancellationToken)
    {
        observer?.Register(conditions.Value);
        var parameters = Pack.ParametersFor(profile ?? DefaultProfile);
        var findings = new List<Finding>();
        var errors = new List<RuleError>();
        var format = documents.Count == 0 ? 1 : HighestFormat(documents);
        var batches = SessionBatchSize <= 0
            ? [new Batch(documents.ToList(), format)]
            : BatchesByFormat(documents.ToList());
        var results = new (List<Finding> Findings, RuleError[] Errors)[batches.Count];
        if (MaxDegreeOfParallelism > 1 && batches.Count > 1 && observer is null)
        {
            // Sessions in parallel, their findings gathered in session order: the same report as one thread's.
            // An observer sees one session at a time, so observed evaluations stay on the calling thread.
            Parallel.For(
                0,
                batches.Count,
                new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = cancellationToken },
                i => results[i] = EvaluateInOneSession(batches[i].Documents, batches[i].Format, parameters, observer, cancellationToken));
        }
        else
        {
            for (var i = 0; i < batches.Count; i++)
            {
                results[i] = EvaluateInOneSession(batches[i].Documents, batches[i].Format, parameters, observer, cancellationToken);
            }
        }

        foreach (var (batchFindings, batchErrors) in results)
        {
            findings.AddRange(batchFindings);
            errors.AddRange(batchErrors);
        }

        return ReportOf(Pack, documents, parameters.ProfileName, findings, errors);
    }

    /// <summary>
    /// How many documents at most share an NRules session. Documents that name no common party are
    /// evaluated apart (their findings cannot depend on each other), and small groups are packed into
    /// sessions of about this many documents: few enough that joins stay cheap, enough that the cost
    /// of a session is shared. 0 evaluates the whole portfolio in one session (for comparison).
    /// </summary>
    internal int SessionBatchSize { get; init; } = DefaultSessionBatchSize;

    internal const int DefaultSessionBatchSize = 16;

    /// <summary>How many of the pack's rules run on documents of <paramref name="format"/>: under format 1, those that require no later format.</summary>
    /// <param name="format">The highest document format evaluated.</param>
    public int RulesInForce(int format) => Pack.RulesInForce(format);

    /// <summary>
    /// The report of an evaluation of <paramref name="documents"/> with <paramref name="pack"/>: the deals
    /// (and what supersedes them), the findings and errors in report order, the rules in force for the
    /// documents' format. Made from what the host knows, so that a pack run elsewhere (a worker
    /// process) gets the same report for the same findings.
    /// </summary>
    internal static EvaluationReport ReportOf(RulePack pack, IReadOnlyCollection<DealDocument> documents, string profile, List<Finding> findings, IEnumerable<RuleError> errors)
    {
        var format = documents.Count == 0 ? 1 : HighestFormat(documents);
        var supersededBy = format >= 2 ? Supersession.SupersededBy(documents) : [];
        return ReportMerger.Build(
            profile,
            documents.Select(d => new DealSummary(d.Deal.Id, d.Deal.Title, d.Deal.Status, d.Source)
            {
                SupersededBy = supersededBy.GetValueOrDefault(d.Deal.Id, []),
            }),
            findings,
            errors,
            pack.RulesInForce(format)) with { SchemaVersion = Math.Max(1, Math.Min(format, 2)) };
    }

    private (List<Finding> Findings, RuleError[] Errors) EvaluateInOneSession(
        IReadOnlyCollection<DealDocument> documents, int format, RuleParameters parameters, EvaluationObserver? observer, CancellationToken cancellationToken)
    {
        using var factory = sessionFactories.Rent();
        var session = factory.Factory.CreateSession();
        observer?.Listen(session, conditions.Value);
        var errors = new RuleErrorCollector(session);
        foreach (var rule in laterFormatRules)
        {
            if (RuleInfo.Of(rule).RequiresFormat > format)
            {
                session.Agenda.AddFilter(rule, NeverFire.Instance);
            }
        }

        session.Insert(parameters);
        session.InsertAll(FactBuilder.Build(documents, factSelection, format));
        session.Fire(cancellationToken);
        // A rule that halts the session would silence every rule after it: the halt is reported and the session goes on.
        while (!session.Agenda.IsEmpty && !cancellationToken.IsCancellationRequested)
        {
            errors.Halted();
            session.Fire(cancellationToken);
        }

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

    /// <summary>Keeps a rule from firing in a session whose documents are of an earlier format than it requires.</summary>
    private sealed class NeverFire : NRules.AgendaFilters.IAgendaFilter
    {
        public static readonly NeverFire Instance = new();

        public bool Accept(NRules.AgendaFilters.AgendaContext context, Activation activation) => false;
    }
}
