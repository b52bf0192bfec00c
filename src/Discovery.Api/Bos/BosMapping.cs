using System.Globalization;
using Discovery.Boot.Sessions;
using Discovery.Records;

namespace Discovery.Api.Bos;

/// <summary>Between discover's templates, sessions and session nodes and BOS v2's bodies.</summary>
internal static class BosMapping
{
    public static BosSessionTemplate ToBos(SessionTemplate template) => new()
    {
        Name = template.Name,
        Description = template.Description,
        BootSets = template.BootSets.ToDictionary(s => s.Key, s => new BosBootSet
        {
            Name = s.Value.Name,
            Path = s.Value.Path,
            Type = s.Value.Type,
            KernelParameters = s.Value.KernelParameters,
            NodeList = s.Value.NodeList.Count == 0 ? null : s.Value.NodeList,
            NodeGroups = s.Value.NodeGroups.Count == 0 ? null : s.Value.NodeGroups,
        }),
    };

    /// <summary>The record a BOS body describes; the store's validation then names what is wrong.</summary>
    public static SessionTemplate FromBos(string name, Guid id, BosSessionTemplate body) => new()
    {
        Id = id,
        Name = name,
        Description = body.Description,
        BootSets = (body.BootSets ?? new Dictionary<string, BosBootSet>()).ToDictionary(s => s.Key, s => new BootSet
        {
            Name = s.Value.Name,
            Path = s.Value.Path ?? string.Empty,
            Type = s.Value.Type ?? string.Empty,
            KernelParameters = s.Value.KernelParameters,
            NodeList = s.Value.NodeList ?? [],
            NodeGroups = s.Value.NodeGroups ?? [],
        }),
    };

    public static BosSession ToBos(BootSession session) => new()
    {
        Name = session.Name,
        Operation = session.Operation,
        TemplateName = session.TemplateName,
        Limit = session.Limit ?? string.Empty,
        Components = string.Join(',', session.Components),
        Status = new BosSessionStatus
        {
            StartTime = Time(session.StartedAt ?? session.CreatedAt),
            EndTime = Time(session.EndedAt),
            Status = Label(session.Status),
            Error = session.Error,
        },
    };

    public static BosExtendedStatus Extended(BootSession session, DateTimeOffset now)
    {
        var nodes = session.Nodes;
        double Percent(Func<BootSessionNode, bool> which) => nodes.Count == 0 ? 0 : Math.Round(100.0 * nodes.Count(which) / nodes.Count, 2);
        var errors = nodes.Where(n => n.Status == BootSessionStatus.Failed && n.Error is not null).GroupBy(n => n.Error!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new BosErrorComponents
            {
                Count = g.Count(),
                List = string.Join(',', g.Take(10).Select(n => n.Node)) + (g.Count() > 10 ? "..." : string.Empty),
            });
        var start = session.StartedAt ?? session.CreatedAt;
        return new BosExtendedStatus
        {
            Status = Label(session.Status),
            ManagedComponentsCount = nodes.Count(n => !BootSessionStatus.IsFinal(n.Status)),
            Phases = new BosStatusPhases
            {
                PercentComplete = Percent(n => BootSessionStatus.IsFinal(n.Status)),
                PercentPoweringOn = Percent(n => !BootSessionStatus.IsFinal(n.Status) && n.Phase == "powering_on"),
                PercentPoweringOff = Percent(n => !BootSessionStatus.IsFinal(n.Status) && n.Phase == "powering_off"),
                PercentConfiguring = Percent(n => !BootSessionStatus.IsFinal(n.Status) && n.Phase is "bss" or "cloud_init"),
            },
            PercentSuccessful = Percent(n => n.Status == BootSessionStatus.Completed),
            PercentFailed = Percent(n => n.Status is BootSessionStatus.Failed or BootSessionStatus.Cancelled),
            PercentStaged = 0,
            ErrorSummary = errors,
            Timing = new BosStatusTiming
            {
                StartTime = Time(start),
                EndTime = Time(session.EndedAt),
                Duration = ((session.EndedAt ?? now) - start).ToString(@"d\.hh\:mm\:ss", CultureInfo.InvariantCulture),
            },
        };
    }

    public static BosComponent ToBos(BootSessionNode node, string operation, int maxRetries)
    {
        var artifacts = new BosBootArtifacts { Kernel = node.Kernel, KernelParameters = node.Params, Initrd = node.Initrd };
        var booted = node.Status == BootSessionStatus.Completed && operation != "shutdown";
        var off = operation == "shutdown";
        return new BosComponent
        {
            Id = node.Node,
            DesiredState = off ? new BosComponentState { LastUpdated = Time(node.UpdatedAt) } : new BosComponentState { BootArtifacts = artifacts, LastUpdated = Time(node.UpdatedAt) },
            ActualState = booted ? new BosComponentState { BootArtifacts = artifacts, LastUpdated = Time(node.CompletedAt) } : new BosComponentState(),
            LastAction = new BosLastAction
            {
                LastUpdated = Time(node.UpdatedAt),
                Action = node.Phase switch { "powering_off" => "powering_off_forcefully", "powering_on" or "done" => off ? "powering_off_forcefully" : "powering_on", _ => "session_setup" },
                Failed = node.Status == BootSessionStatus.Failed,
            },
            EventStats = new BosEventStats { PowerOnAttempts = off ? 0 : node.RetryCount, PowerOffForcefulAttempts = off ? node.RetryCount : 0 },
            Status = new BosComponentStatus
            {
                Phase = BootSessionStatus.IsFinal(node.Status) ? string.Empty : node.Phase switch { "powering_off" => "powering_off", "powering_on" => "powering_on", _ => "configuring" },
                Status = node.Status,
            },
            Enabled = !BootSessionStatus.IsFinal(node.Status),
            Error = node.Error ?? string.Empty,
            Session = node.Session,
            RetryPolicy = maxRetries,
        };
    }

    /// <summary>BOS has three session states; a failed or cancelled session is complete, with its error.</summary>
    private static string Label(string status) => status switch
    {
        BootSessionStatus.Pending => "pending",
        BootSessionStatus.Running => "running",
        _ => "complete",
    };

    private static string? Time(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
