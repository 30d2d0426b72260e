using DealRules.Facts;

namespace DealRules.Strategic.Cloud;

/// <summary>How cloud rules name a cloud and the parties behind it.</summary>
internal static class CloudWording
{
    /// <summary><c>azure (Microsoft's cloud)</c>, or just the id when no declared party controls it.</summary>
    public static string Cloud(CloudTermsFact terms, string cloud) =>
        terms.ControllerOf(cloud) is { } controller ? $"{cloud} ({controller.Name}'s cloud)" : cloud;

    /// <summary>The id of the party that controls the cloud, or null.</summary>
    public static string? ControllerId(CloudTermsFact terms, string cloud) => terms.ControllerOf(cloud)?.Id;

    /// <summary>The constrained party, then the cloud's controller when it is known.</summary>
    public static string[] PartyAndController(CloudTermsFact terms, string cloud) =>
        terms.ControllerOf(cloud) is { } controller && controller.Id != terms.Party.Id
            ? [terms.Party.Id, controller.Id]
            : [terms.Party.Id];
}
