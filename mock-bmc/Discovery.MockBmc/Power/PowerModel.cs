using System.Collections.Concurrent;
using Discovery.MockBmc.Mockups;

namespace Discovery.MockBmc.Power;

/// <summary>
/// The power state of each ComputerSystem of one instance. A system nobody reset serves its mockup body untouched;
/// after a reset it reads the transitional state (PoweringOn / PoweringOff) until the fleet's power delay has passed
/// on the instance's clock, then the target. Computed on read, so no timer runs and a fake clock drives it in tests.
/// </summary>
internal sealed class PowerModel(MockupTree tree, TimeProvider time, TimeSpan delay)
{
    /// <summary>The reset types a system accepts when its mockup lists none (Redfish ResetType values the simulator knows).</summary>
    public static readonly IReadOnlyList<string> KnownResetTypes = ["On", "ForceOn", "ForceOff", "GracefulShutdown", "ForceRestart", "GracefulRestart", "PowerCycle"];

    private readonly ConcurrentDictionary<string, PowerTransition> _transitions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SystemPower> _systems = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>What the mockup says about the system at <paramref name="systemKey"/>: its state and allowed reset types.</summary>
    public SystemPower Describe(string systemKey) => _systems.GetOrAdd(systemKey, key => SystemPower.Read(tree.Find(key)));

    /// <summary>The state to serve for <paramref name="systemKey"/>, or null when it was never reset (serve the mockup's).</summary>
    public string? Current(string systemKey) =>
        _transitions.TryGetValue(systemKey, out var transition) ? transition.StateAt(time.GetUtcNow()) : null;

    /// <summary>Applies an accepted reset; with <paramref name="stuck"/> the state never changes (the reset is still counted by the caller).</summary>
    public void Reset(string systemKey, string resetType, bool stuck)
    {
        if (stuck)
        {
            return;
        }

        lock (_gate)
        {
            var now = time.GetUtcNow();
            var from = Current(systemKey) ?? Describe(systemKey).MockupState ?? "On";
            var target = resetType switch
            {
                "ForceOff" or "GracefulShutdown" => "Off",
                "PushPowerButton" => from is "On" or "PoweringOn" ? "Off" : "On",
                "Nmi" => from,
                _ => "On",
            };
            _transitions[systemKey] = new PowerTransition(target, now + delay);
        }
    }
}
