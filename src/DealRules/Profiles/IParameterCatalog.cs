using DealRules.Authoring;

namespace DealRules.Profiles;

/// <summary>
/// The parameters a profile may set: what a rule pack declares (<c>RulePack</c> is one). Profiles are
/// read and checked against it without knowing anything else of the pack, so that profiles sit below
/// the engine that uses them.
/// </summary>
public interface IParameterCatalog
{
    /// <summary>The declared parameters, ordered by name.</summary>
    IReadOnlyList<ParameterDefinition> Parameters { get; }
}
