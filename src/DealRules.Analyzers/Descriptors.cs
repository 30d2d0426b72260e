using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DealRules.Analyzers;

/// <summary>
/// Every diagnostic the analyzer reports, built by one factory that sets the category, the default
/// severity and the help link from the id: the page <c>docs/diagnostics/DRxxxx.md</c> of the repository the
/// package states as its <c>RepositoryUrl</c>.
/// </summary>
internal static class Descriptors
{
    /// <summary>The repository the packages come from; <c>Directory.Build.props</c> states the same URL (a test keeps them equal).</summary>
    public const string RepositoryUrl = "https://github.com/dealrules/dealrules";

    /// <summary>Where the diagnostics' pages live in that repository, on its main branch.</summary>
    public const string HelpLinkBase = RepositoryUrl + "/blob/main/docs/diagnostics/";

    private const string Authoring = "NRules.Authoring";
    private const string Performance = "NRules.Performance";
    private const string RulePack = "DealRules.RulePack";

    public static readonly DiagnosticDescriptor DR1001_RuleClassMustBePublic = Create(
        "DR1001", Authoring, DiagnosticSeverity.Warning,
        "Rule class must be public and not nested",
        "Rule class '{0}' is {1}, so the default rule loader never finds it",
        "NRules loads rule classes that are public and declared at namespace level; others are skipped without a word.");

    public static readonly DiagnosticDescriptor DR1002_RuleClassMustHavePublicParameterlessConstructor = Create(
        "DR1002", Authoring, DiagnosticSeverity.Warning,
        "Rule class must have a public parameterless constructor",
        "Rule class '{0}' has no public parameterless constructor, so the default rule activator cannot create it",
        "The default rule activator creates rule classes with their public parameterless constructor.");

    public static readonly DiagnosticDescriptor DR1003_DefineMustDeclareLeftHandSide = Create(
        "DR1003", Authoring, DiagnosticSeverity.Error,
        "Define() must declare a left-hand side",
        "Define() of '{0}' declares no left-hand side (no Match, Exists, Not, All, Query, …)",
        "A rule without conditions fails when the rules are compiled.");

    public static readonly DiagnosticDescriptor DR1004_DefineMustDeclareAction = Create(
        "DR1004", Authoring, DiagnosticSeverity.Error,
        "Define() must declare an activating action",
        "Define() of '{0}' has no activating action (Then().Do, Yield, …)",
        "A rule without an action that runs on activation fails when the rules are compiled, or never does anything.");

    public static readonly DiagnosticDescriptor DR1005_PatternAliasMustBeLocal = Create(
        "DR1005", Authoring, DiagnosticSeverity.Error,
        "Pattern alias must be a variable or member bound once",
        "{0}",
        "A pattern alias names a local, a field or a property (() => x), and one name is declared once in an AND scope; anything else fails when the rule is loaded.");

    public static readonly DiagnosticDescriptor DR1006_AliasMustNotBeUsedOutsideDsl = Create(
        "DR1006", Authoring, DiagnosticSeverity.Warning,
        "Alias is used outside the rule's conditions and actions",
        "Alias '{0}' is {1} outside a condition or action; in Define() it is only a token and stays null",
        "Define() runs once to describe the rule; aliases only hold facts inside the expressions the engine evaluates.");

    public static readonly DiagnosticDescriptor DR1007_FactMutationMustBeUpdated = Create(
        "DR1007", Authoring, DiagnosticSeverity.Warning,
        "Changed fact must be updated in the session",
        "'{0}' changes fact '{1}', but no action of the rule updates it; {2}",
        "The engine re-evaluates a fact only when it is told of the change with IContext.Update.");

    public static readonly DiagnosticDescriptor DR1008_RepeatableRuleMustNotUpdateOwnFact = Create(
        "DR1008", Authoring, DiagnosticSeverity.Warning,
        "Repeatable rule updates a fact it matches",
        "Rule '{0}' updates '{1}', which its own left-hand side matches, with no change filter, and the update leaves its conditions true: it can fire forever",
        "Updating a matched fact reactivates a repeatable rule; make it non-repeatable, filter on the values that change, or make the update end the match.");

    public static readonly DiagnosticDescriptor DR1009_RuleMustNotReadClockOrRandom = Create(
        "DR1009", Authoring, DiagnosticSeverity.Warning,
        "Rule reads the clock or a random source",
        "'{0}' in a rule's {1} makes results irreproducible and is not re-evaluated as time passes",
        "Pass time and randomness in as facts so that the same facts always give the same result.");

    public static readonly DiagnosticDescriptor DR1010_ConditionMustNotHaveSideEffects = Create(
        "DR1010", Authoring, DiagnosticSeverity.Warning,
        "Condition calls a method with side effects",
        "Condition calls '{0}', which writes {1}; conditions run an unpredictable number of times",
        "Conditions are re-evaluated and shared between rules; they must only read.");

    public static readonly DiagnosticDescriptor DR1011_PatternShouldJoinEarlierAlias = Create(
        "DR1011", Performance, DiagnosticSeverity.Info,
        "Pattern does not join an earlier pattern",
        "{0} has no condition on an earlier alias: {1}",
        "Each later pattern should constrain itself by an earlier alias, or the engine joins every fact with every other.");

    public static readonly DiagnosticDescriptor DR1012_CollectShouldBeFiltered = Create(
        "DR1012", Authoring, DiagnosticSeverity.Info,
        "Collect() without a filter fires on an empty collection",
        "Collect() into '{0}' has no filter on the collection, so the rule fires once even when nothing matches",
        "Collect always yields a collection, empty or not; filter it when an empty one should not fire the rule.");

    public static readonly DiagnosticDescriptor DR1013_RuleNamesMustBeUnique = Create(
        "DR1013", Authoring, DiagnosticSeverity.Warning,
        "Rule names must be unique",
        "Rule name '{0}' is also used by '{1}'",
        "Rules are identified by name in a repository; two rules with one name collide when they are loaded together.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor DR1014_ActionMustNotDiscardTask = Create(
        "DR1014", Authoring, DiagnosticSeverity.Warning,
        "Action discards a task",
        "Action calls '{0}', {1}; its work runs unobserved and its exceptions are lost",
        "Actions run synchronously; asynchronous work started there is never awaited.");

    public static readonly DiagnosticDescriptor DR1015_RuleMustNotInsertFactItMatches = Create(
        "DR1015", Authoring, DiagnosticSeverity.Warning,
        "Rule inserts a fact that its own pattern matches",
        "'{0}' adds a fact of type '{1}' that the rule's own pattern '{2}' matches, with no guard the new fact falsifies: each new fact can fire the rule again",
        "A fact a rule inserts or yields is matched like any other; if the rule's own pattern accepts it, the rule fires again for it, and again.");

    public static readonly DiagnosticDescriptor DR1016_DependencyMustNotBeUsedInConditions = Create(
        "DR1016", Authoring, DiagnosticSeverity.Error,
        "Dependency is used in a condition",
        "'{0}' is declared with Dependency() and used in the rule's conditions; NRules refuses the rule when it loads it",
        "Dependencies are resolved when a rule fires, so only actions can use them; conditions that reference one fail when the rule is loaded.");

    public static readonly DiagnosticDescriptor DR1017_AliasMustBeBoundBeforeUse = Create(
        "DR1017", Authoring, DiagnosticSeverity.Warning,
        "Alias is used before the pattern that binds it",
        "Alias '{0}' is used before the pattern that binds it (line {1}); here it is not linked to a fact and stays null, so the rule never fires",
        "NRules links an alias in a condition only when the alias was bound by an earlier pattern.");

    public static readonly DiagnosticDescriptor DR2001_RuleMustHaveCatalogMetadata = Create(
        "DR2001", RulePack, DiagnosticSeverity.Error,
        "Rule lacks catalog metadata",
        "Rule '{0}' lacks {1}",
        "A rule written for a rule pack (one that carries a catalog attribute, or any rule of a project marked a rule pack) carries its id, title, category, perspective and default severity.");

    public static readonly DiagnosticDescriptor DR2002_RuleIdMustBeWellFormed = Create(
        "DR2002", RulePack, DiagnosticSeverity.Error,
        "Rule id is malformed or used twice",
        "{0}",
        "Rule ids are a category prefix and three digits (CIRC001), unique in the pack.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor DR2003_ParameterMustBeDeclared = Create(
        "DR2003", RulePack, DiagnosticSeverity.Error,
        "Undeclared parameter",
        "{0}",
        "A rule reads only parameters the pack declares with a default and a kind: beside the rule, as a static readonly ParameterDefinition field, or on the assembly with [assembly: RuleParameter].",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor DR2004_LiteralMustBeInRange = Create(
        "DR2004", RulePack, DiagnosticSeverity.Warning,
        "Literal compared with a percentage, ratio or amount is out of range",
        "{0} is compared with {1}, {2}",
        "Percentages range over 0–100; ratios, multiples and amounts are never negative.");

    public static readonly DiagnosticDescriptor DR2005_RulePackMustNotUseForbiddenApi = Create(
        "DR2005", RulePack, DiagnosticSeverity.Error,
        "Rule pack uses something outside the rule-pack surface",
        "'{0}' is {1}, which a rule pack must not use",
        "Rule-pack code may use only its own code, the DealRules authoring surface, NRules' DSL and a curated part of the base library: no I/O, reflection, threads, state that outlives an evaluation, halting the session or acting on facts it does not declare.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        DR1001_RuleClassMustBePublic, DR1002_RuleClassMustHavePublicParameterlessConstructor, DR1003_DefineMustDeclareLeftHandSide,
        DR1004_DefineMustDeclareAction, DR1005_PatternAliasMustBeLocal, DR1006_AliasMustNotBeUsedOutsideDsl,
        DR1007_FactMutationMustBeUpdated, DR1008_RepeatableRuleMustNotUpdateOwnFact, DR1009_RuleMustNotReadClockOrRandom,
        DR1010_ConditionMustNotHaveSideEffects, DR1011_PatternShouldJoinEarlierAlias, DR1012_CollectShouldBeFiltered,
        DR1013_RuleNamesMustBeUnique, DR1014_ActionMustNotDiscardTask, DR1015_RuleMustNotInsertFactItMatches,
        DR1016_DependencyMustNotBeUsedInConditions, DR1017_AliasMustBeBoundBeforeUse, DR2001_RuleMustHaveCatalogMetadata,
        DR2002_RuleIdMustBeWellFormed, DR2003_ParameterMustBeDeclared, DR2004_LiteralMustBeInRange,
        DR2005_RulePackMustNotUseForbiddenApi,
    };

    private static DiagnosticDescriptor Create(
        string id, string category, DiagnosticSeverity severity, string title, string message, string description, params string[] customTags) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description, HelpLinkBase + id + ".md", customTags);
}
