using DealRules.Authoring;
using DealRules.Documents;
using DealRules.Engine;
using DealRules.Profiles;
using DealRules.Reporting;

namespace DealRules.Portfolios;

/// <summary>What an edit of a <see cref="StandingPortfolio"/> changed.</summary>
/// <param name="Appeared">Findings the portfolio has now and did not have before, in report order.</param>
/// <param name="Disappeared">Findings it had before and has no more, in report order.</param>
/// <param name="Problems">Why the edit was refused (then nothing changed): an unknown or a taken deal id, or a document that disagrees with the portfolio.</param>
/// <param name="Warnings">Differences worth a look that change no finding (a party with two display names).</param>
/// <param name="DocumentsEvaluated">How many documents were evaluated again: those of the groups of connected documents the edit touched.</param>
public sealed record PortfolioChange(
    IReadOnlyList<Finding> Appeared, IReadOnlyList<Finding> Disappeared, IReadOnlyList<DocumentProblem> Problems, IReadOnlyList<DocumentProblem> Warnings, int DocumentsEvaluated)
{
    /// <summary>True when the edit was made.</summary>
    public bool Applied => Problems.Count == 0;
}

/// <summary>
/// An evaluated portfolio that a host keeps and edits: documents added, replaced or removed, each
/// edit answered with the findings that appeared and disappeared. An edit evaluates again only the
/// groups of connected documents it touches (documents that share a party, or that supersede or amend
/// one another), since no finding spans two groups; its findings are always those of evaluating the
/// whole portfolio again (<see cref="Report"/> is byte for byte that report). Edits that would make the
/// portfolio inconsistent (<see cref="PortfolioConsistency"/>) are refused. Not thread-safe: one edit at a time.
/// </summary>
public sealed class StandingPortfolio
{
    private readonly DealEvaluator evaluator;
    private readonly Profile? profile;
    private readonly Dictionary<string, DealDocument> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> groupOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> dealsLinkedBy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Controller, int Count)> controllers = new(StringComparer.Ordinal);
    private int findingCount;

    /// <summary>Evaluates a portfolio and holds it.</summary>
    /// <param name="evaluator">The rules (in this process); its <see cref="DealEvaluator.MaxDegreeOfParallelism"/> applies to the first evaluation.</param>
    /// <param name="initial">The documents to start from; they must be consistent (<see cref="PortfolioProblems.Of"/>).</param>
    /// <param name="profile">The profile; null for the evaluator's default.</param>
    /// <exception cref="ArgumentException">The initial documents are not one consistent portfolio.</exception>
    public StandingPortfolio(DealEvaluator evaluator, IEnumerable<DealDocument>? initial = null, Profile? profile = null)
    {
        this.evaluator = evaluator;
        this.profile = profile;
        var start = (initial ?? []).ToList();
        if (PortfolioProblems.Of(start) is [var problem, ..])
        {
            throw new ArgumentException(problem.ToString(), nameof(initial));
        }

        foreach (var document in start)
        {
            Index(document);
        }

        Regroup(start);
    }

    /// <summary>The documents held, by deal id.</summary>
    public IReadOnlyDictionary<string, DealDocument> Documents => documents;

    /// <summary>How many findings the portfolio has.</summary>
    public int FindingCount => findingCount;

    /// <summary>The report of the whole portfolio, as <see cref="DealEvaluator.Evaluate(IReadOnlyCollection{DealDocument}, Profile?, CancellationToken)"/> would give it for <see cref="Documents"/>.</summary>
    public EvaluationReport Report()
    {
        var groups = groupOf.Values.Distinct().ToList();
        return DealEvaluator.ReportOf(
            evaluator.Pack,
            documents.Values,
            evaluator.Pack.ParametersFor(profile ?? evaluator.DefaultProfile).ProfileName,
            groups.SelectMany(g => g.Findings).ToList(),
            groups.SelectMany(g => g.Errors));
    }

    /// <summary>Adds a document whose deal id the portfolio does not hold.</summary>
    /// <param name="document">A document read by <see cref="DealDocumentReader"/>.</param>
    public PortfolioChange Add(DealDocument document) =>
        documents.ContainsKey(document.Deal.Id)
            ? Refused(new DocumentProblem(document.Source, "$.id", $"deal id '{document.Deal.Id}' is already in the portfolio; replace it instead"))
            : Edit(document, null);

    /// <summary>Replaces the document of the same deal id.</summary>
    /// <param name="document">The new version.</param>
    public PortfolioChange Replace(DealDocument document) =>
        documents.ContainsKey(document.Deal.Id)
            ? Edit(document, document.Deal.Id)
            : Refused(new DocumentProblem(document.Source, "$.id", $"deal id '{document.Deal.Id}' is not in the portfolio; add it instead"));

    /// <summary>Removes the document of a deal.</summary>
    /// <param name="dealId">The deal's id.</param>
    public PortfolioChange Remove(string dealId) =>
        documents.ContainsKey(dealId)
            ? Edit(null, dealId)
            : Refused(new DocumentProblem(dealId, "$.id", $"deal id '{dealId}' is not in the portfolio"));

    private static PortfolioChange Refused(DocumentProblem problem) => new([], [], [problem], [], 0);

    private PortfolioChange Edit(DealDocument? added, string? removed)
    {
        // The groups touched: the removed document's, and every group the added document links to.
        var touched = new HashSet<Group>();
        if (removed is not null)
        {
            touched.Add(groupOf[removed]);
        }

        if (added is not null)
        {
            foreach (var link in LinksOf(added.Deal))
            {
                foreach (var dealId in dealsLinkedBy.GetValueOrDefault(link) ?? [])
                {
                    touched.Add(groupOf[dealId]);
                }
            }
        }

        var kept = touched.SelectMany(g => g.DealIds).Where(id => id != removed).Order(StringComparer.Ordinal).Select(id => documents[id]).ToList();
        var warnings = new List<DocumentProblem>();
        if (added is not null)
        {
            var check = PortfolioConsistency.Check(kept.Append(added));
            var errors = check.Errors.Concat(ProductProblems(added, removed is null ? null : documents[removed])).ToList();
            if (errors.Count > 0)
            {
                return new PortfolioChange([], [], errors, check.Warnings, 0);
            }

            warnings.AddRange(check.Warnings);
        }

        if (removed is not null)
        {
            Unindex(documents[removed]);
        }

        if (added is not null)
        {
            Index(added);
            kept.Add(added);
        }

        var before = touched.SelectMany(g => g.Findings).ToList();
        foreach (var group in touched)
        {
            findingCount -= group.Findings.Count;
        }

        var after = Regroup(kept);
        var (appeared, disappeared) = Difference(before, after);
        return new PortfolioChange(appeared, disappeared, [], warnings, kept.Count);
    }

    /// <summary>Evaluates documents that make whole groups, and records each group with its findings.</summary>
    private List<Finding> Regroup(List<DealDocument> members)
    {
        var components = PortfolioComponents.Of(members);
        var groups = components.Select(c => new Group(c.Select(d => d.Deal.Id).ToArray())).ToList();
        for (var i = 0; i < components.Count; i++)
        {
            foreach (var document in components[i])
            {
                groupOf[document.Deal.Id] = groups[i];
            }
        }

        var all = new List<Finding>();
        if (members.Count == 0)
        {
            return all;
        }

        var report = evaluator.EvaluateChecked(members, profile, CancellationToken.None);
        if (report.Findings.Any(f => f.DealIds.Count == 0) || report.Errors.Any(e => e.DealIds.Count == 0))
        {
            // A finding that names no deal cannot be told to its group: evaluate the groups one by one.
            for (var i = 0; i < components.Count; i++)
            {
                var part = evaluator.EvaluateChecked(components[i], profile, CancellationToken.None);
                groups[i].Findings.AddRange(part.Findings);
                groups[i].Errors.AddRange(part.Errors);
            }
        }
        else
        {
            foreach (var finding in report.Findings)
            {
                groupOf[finding.DealIds[0]].Findings.Add(finding);
            }

            foreach (var error in report.Errors)
            {
                groupOf[error.DealIds[0]].Errors.Add(error);
            }
        }

        foreach (var group in groups)
        {
            all.AddRange(group.Findings);
            findingCount += group.Findings.Count;
        }

        return all;
    }

    /// <summary>The findings only in <paramref name="after"/> and only in <paramref name="before"/>, each in report order (equal findings matched one for one).</summary>
    private static (List<Finding> Appeared, List<Finding> Disappeared) Difference(List<Finding> before, List<Finding> after)
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in before)
        {
            remaining[Key(finding)] = remaining.GetValueOrDefault(Key(finding)) + 1;
        }

        var appeared = new List<Finding>();
        foreach (var finding in after)
        {
            var key = Key(finding);
            if (remaining.GetValueOrDefault(key) > 0)
            {
                remaining[key]--;
            }
            else
            {
                appeared.Add(finding);
            }
        }

        var disappeared = new List<Finding>();
        foreach (var finding in before)
        {
            var key = Key(finding);
            if (remaining.GetValueOrDefault(key) > 0)
            {
                remaining[key]--;
                disappeared.Add(finding);
            }
        }

        appeared.Sort(FindingOrder.Instance);
        disappeared.Sort(FindingOrder.Instance);
        return (appeared, disappeared);
    }

    /// <summary>A finding's whole content, as the spool writes it: two findings are the same when every field is.</summary>
    private static string Key(Finding finding)
    {
        using var buffer = new MemoryStream();
        using (var writer = FindingSerializer.Writer(buffer))
        {
            FindingSerializer.Write(writer, finding);
        }

        return Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>A product controlled here by another party than elsewhere in the portfolio (outside the groups compared alone).</summary>
    private IEnumerable<DocumentProblem> ProductProblems(DealDocument added, DealDocument? replaced)
    {
        var leaving = (replaced is null ? [] : ControlsOf(replaced.Deal)).ToLookup(c => c.Product, c => c.Controller);
        foreach (var (product, controller, location) in ControlsOf(added.Deal))
        {
            if (controllers.TryGetValue(product, out var held) && held.Controller != controller && held.Count > leaving[product].Count())
            {
                yield return new DocumentProblem(added.Source, location,
                    $"product '{product}' is controlled by '{controller}' here but by '{held.Controller}' elsewhere in the portfolio; " +
                    "a product is controlled by one party in every document of a portfolio");
            }
        }
    }

    private static IEnumerable<(string Product, string Controller, string Location)> ControlsOf(Model.Deal deal)
    {
        for (var i = 0; i < deal.Parties.Count; i++)
        {
            var party = deal.Parties[i];
            for (var j = 0; j < party.Clouds.Count; j++)
            {
                yield return (party.Clouds[j], party.Id, $"$.parties[{i}].clouds[{j}]");
            }

            for (var j = 0; j < party.Chips.Count; j++)
            {
                yield return (party.Chips[j], party.Id, $"$.parties[{i}].chips[{j}]");
            }
        }
    }

    private void Index(DealDocument document)
    {
        documents[document.Deal.Id] = document;
        foreach (var link in LinksOf(document.Deal))
        {
            if (!dealsLinkedBy.TryGetValue(link, out var deals))
            {
                dealsLinkedBy[link] = deals = new HashSet<string>(StringComparer.Ordinal);
            }

            deals.Add(document.Deal.Id);
        }

        foreach (var (product, controller, _) in ControlsOf(document.Deal))
        {
            controllers[product] = (controller, controllers.GetValueOrDefault(product).Count + 1);
        }
    }

    private void Unindex(DealDocument document)
    {
        documents.Remove(document.Deal.Id);
        groupOf.Remove(document.Deal.Id);
        // A document may name a link twice (its own id among those it supersedes or amends): the set holds it once.
        foreach (var link in LinksOf(document.Deal).Distinct(StringComparer.Ordinal))
        {
            var deals = dealsLinkedBy[link];
            deals.Remove(document.Deal.Id);
            if (deals.Count == 0)
            {
                dealsLinkedBy.Remove(link);
            }
        }

        foreach (var (product, _, _) in ControlsOf(document.Deal))
        {
            var held = controllers[product];
            if (held.Count == 1)
            {
                controllers.Remove(product);
            }
            else
            {
                controllers[product] = (held.Controller, held.Count - 1);
            }
        }
    }

    /// <summary>What connects a document to others, as <see cref="PortfolioComponents"/> reads it.</summary>
    private static IEnumerable<string> LinksOf(Model.Deal deal) =>
        deal.Parties.Select(p => p.Id).Append("#" + deal.Id).Concat(deal.Supersedes.Select(id => "#" + id)).Concat(deal.Amends.Select(id => "#" + id));

    /// <summary>One group of connected documents, with its findings and rule errors.</summary>
    private sealed class Group(string[] dealIds)
    {
        public string[] DealIds { get; } = dealIds;

        public List<Finding> Findings { get; } = [];

        public List<RuleError> Errors { get; } = [];
    }
}
