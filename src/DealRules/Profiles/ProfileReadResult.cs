using System.Diagnostics.CodeAnalysis;
using DealRules.Documents;

namespace DealRules.Profiles;

/// <summary>The outcome of reading a profile: the profile, or every problem that rejects it.</summary>
public sealed record ProfileReadResult
{
    private ProfileReadResult(Profile? profile, IReadOnlyList<DocumentProblem> problems)
    {
        Profile = profile;
        Problems = problems;
    }

    /// <summary>The profile, when it has no problems.</summary>
    public Profile? Profile { get; }

    /// <summary>Every problem found; empty when the profile was accepted.</summary>
    public IReadOnlyList<DocumentProblem> Problems { get; }

    /// <summary>True when the profile was accepted.</summary>
    [MemberNotNullWhen(true, nameof(Profile))]
    public bool Succeeded => Profile is not null;

    internal static ProfileReadResult Accepted(Profile profile) => new(profile, []);

    internal static ProfileReadResult Rejected(IReadOnlyList<DocumentProblem> problems) => new(null, problems);
}
