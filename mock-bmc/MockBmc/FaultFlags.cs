using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Discovery.MockBmc;

namespace MockBmc;

/// <summary>
/// Parses the repeatable <c>--fault SELECTOR=FAULT[:VALUE]</c> flag into per-instance faults and passwords.
/// SELECTOR is an instance index (0-based) or its address; several flags for one instance add up, on top of the
/// fleet-wide flags (--latency, --error-rate...). Passwords are read from a file or an environment variable named
/// in the flag, never taken from the command line itself (ps and /proc/*/cmdline show arguments to every user).
/// </summary>
internal static class FaultFlags
{
    /// <summary>Default size of <c>oversized</c>: just past discover's 16 MiB response limit.</summary>
    public const long DefaultOversizedBytes = (16L * 1024 * 1024) + 1;

    public const string Description =
        "Fault of one instance: SELECTOR=FAULT[:VALUE], SELECTOR an index (3) or address (127.0.0.5); repeat for more. "
        + "FAULT: hang (accept TCP, never answer); malformed[:PATH] and truncated[:PATH] (broken or half JSON for PATH, default every path but /redfish and /redfish/v1); "
        + "oversized[:BYTES] (Systems/{id} padded to BYTES, default 16 MiB + 1); link-cycle (MockCycle A->B->A and a self nextLink on Systems); "
        + "sessions-full (every login 503 SessionLimitExceeded); wrong-password (rejects every password, the fleet's included); "
        + "power-stuck (ComputerSystem.Reset answers 204 and is counted, but PowerState never changes); "
        + "password-file:PATH or password-env:VARIABLE (own password, read from there: never on the command line); "
        + "latency:MS, jitter:MS, error-rate:SHARE, firmware-version:TEXT (as the fleet-wide flags, for this instance).";

    private const string Names = "hang, malformed[:PATH], truncated[:PATH], oversized[:BYTES], link-cycle, sessions-full, wrong-password, power-stuck, password-file:PATH, password-env:VARIABLE, latency:MS, jitter:MS, error-rate:SHARE, firmware-version:TEXT, dimm-serial:TEXT";

    /// <summary>The faults and passwords by instance index, or the error that names the offending flag value.</summary>
    public static (IReadOnlyDictionary<int, MockFaults> Faults, IReadOnlyDictionary<int, string> Passwords, string? Error) Parse(
        IReadOnlyList<string> flags, int fleet, IPAddress first, MockFaults fleetFaults)
    {
        var faults = new Dictionary<int, MockFaults>();
        var passwords = new Dictionary<int, string>();
        foreach (var flag in flags)
        {
            var equals = flag.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return Fail($"--fault {Quote(flag)}: expected SELECTOR=FAULT, e.g. 3=hang or 127.0.0.5=malformed.");
            }

            if (Select(flag[..equals], fleet, first) is not { } index)
            {
                return Fail($"--fault {Quote(flag)}: {Quote(flag[..equals])} is neither an instance index (0..{fleet - 1}) nor the address of one ({fleet} from {first}).");
            }

            var spec = flag[(equals + 1)..];
            var colon = spec.IndexOf(':', StringComparison.Ordinal);
            var (name, value) = colon < 0 ? (spec, null) : (spec[..colon], spec[(colon + 1)..]);
            var current = faults.GetValueOrDefault(index) ?? fleetFaults;
            string? password = null;
            var (next, error) = name switch
            {
                "hang" => (current with { Hang = true }, null),
                "malformed" => (current with { MalformedJsonPaths = [.. current.MalformedJsonPaths, value ?? MockFaults.EveryPath] }, null),
                "truncated" => (current with { TruncatedJsonPaths = [.. current.TruncatedJsonPaths, value ?? MockFaults.EveryPath] }, null),
                "oversized" => Number(value, DefaultOversizedBytes, 1, long.MaxValue, out var bytes) ? (current with { OversizedBodyBytes = bytes }, null) : (current, "BYTES must be a positive whole number"),
                "link-cycle" => (current with { LinkCycle = true }, null),
                "sessions-full" => (current with { SessionTableFull = true }, null),
                "wrong-password" => (current with { WrongPassword = true }, null),
                "power-stuck" => (current with { PowerStuck = true }, null),
                "password-file" => (current, ReadPasswordFile(value, out password)),
                "password-env" => (current, ReadPasswordVariable(value, out password)),
                "latency" => Number(value, -1, 0, int.MaxValue, out var latency) ? (current with { Latency = TimeSpan.FromMilliseconds(latency) }, null) : (current, "MS must be a whole number of milliseconds, 0 or more"),
                "jitter" => Number(value, -1, 0, int.MaxValue, out var jitter) ? (current with { Jitter = TimeSpan.FromMilliseconds(jitter) }, null) : (current, "MS must be a whole number of milliseconds, 0 or more"),
                "error-rate" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1 ? (current with { ErrorRate = rate }, null) : (current, "SHARE must be a number within 0..1"),
                "firmware-version" => string.IsNullOrEmpty(value) ? (current, "TEXT must not be empty") : (current with { FirmwareVersion = value }, null),
                "dimm-serial" => string.IsNullOrEmpty(value) ? (current, "TEXT must not be empty") : (current with { DimmSerial = value }, null),
                _ => (current, $"unknown fault {Quote(name)}; one of {Names}"),
            };
            if (error is not null)
            {
                return Fail($"--fault {Quote(flag)}: {error}.");
            }

            faults[index] = next;
            if (password is not null)
            {
                passwords[index] = password;
            }
        }

        return (faults, passwords, null);
    }

    private static (IReadOnlyDictionary<int, MockFaults>, IReadOnlyDictionary<int, string>, string?) Fail(string error) =>
        (new Dictionary<int, MockFaults>(), new Dictionary<int, string>(), error);

    private static int? Select(string selector, int fleet, IPAddress first)
    {
        if (int.TryParse(selector, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index < fleet ? index : null;
        }

        if (!IPAddress.TryParse(selector, out var address) || address.AddressFamily != AddressFamily.InterNetwork)
        {
            return null;
        }

        var offset = (long)ToNumber(address) - ToNumber(first);
        return offset >= 0 && offset < fleet ? (int)offset : null;
    }

    private static bool Number(string? value, long fallback, long min, long max, out long number)
    {
        if (value is null && fallback >= min)
        {
            number = fallback;
            return true;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= min && number <= max;
    }

    private static string? ReadPasswordFile(string? path, out string? password)
    {
        password = null;
        if (string.IsNullOrEmpty(path))
        {
            return "password-file needs a PATH";
        }

        try
        {
            password = File.ReadAllText(path).TrimEnd('\r', '\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot read the password file: {e.Message}";
        }

        return password.Length == 0 ? "the password file is empty" : null;
    }

    private static string? ReadPasswordVariable(string? variable, out string? password)
    {
        password = string.IsNullOrEmpty(variable) ? null : Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrEmpty(variable) ? "password-env needs a VARIABLE name"
            : string.IsNullOrEmpty(password) ? $"environment variable {variable} is not set or empty"
            : null;
    }

    private static uint ToNumber(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return (uint)bytes[0] << 24 | (uint)bytes[1] << 16 | (uint)bytes[2] << 8 | bytes[3];
    }

    private static string Quote(string value) => "'" + (value.Length > 200 ? value[..200] + "..." : value) + "'";
}
