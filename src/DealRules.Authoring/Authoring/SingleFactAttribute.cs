namespace DealRules.Authoring;

/// <summary>
/// Marks a fact type of which a session holds exactly one instance (<see cref="RuleParameters"/>,
/// the money-flow graph). Joining such a fact never multiplies matches, so the analyzer's
/// cartesian-join check (DR1011) leaves patterns of it out.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SingleFactAttribute : Attribute;
