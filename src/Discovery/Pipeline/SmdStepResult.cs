using Discovery.Smd.Sending;

namespace Discovery.Pipeline;

/// <summary>What the SMD step did: a result per BMC (or the planned writes of a dry run), or why it could not run.</summary>
internal sealed record SmdStepResult
{
    /// <summary>Per-BMC results and planned writes; null when <see cref="StateFailure"/> stopped the step.</summary>
    public SmdSendResult? Sent { get; init; }

    /// <summary>A dry run: nothing was sent.</summary>
    public bool DryRun { get; init; }

    /// <summary>Problems that did not stop the step (an unreadable registration state, so every BMC was sent).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Why the registration state could not be kept, or null.</summary>
    public string? StateFailure { get; init; }

    /// <summary>True when every BMC is registered (or unchanged) and the state was kept.</summary>
    public bool AllOk => StateFailure is null && Sent is { AllOk: true };
}
