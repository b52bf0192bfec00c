using System.Net;
using System.Net.Sockets;

namespace Discovery.Targets;

/// <summary>
/// Turns a <see cref="TargetSetRequest"/> into a <see cref="TargetSet"/>: parses every argument and file line,
/// resolves host names, and reports all errors together. File reading and DNS are injected (Core does no I/O);
/// Discovery.Scanning's <c>TargetResolver</c> supplies the real ones.
/// </summary>
internal sealed class TargetSetBuilder
{
    private readonly Func<string, CancellationToken, Task<string[]>> _readLines;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolveHost;

    /// <summary>Creates a builder over a file reader and a host-name resolver.</summary>
    /// <param name="readLines">Returns the lines of a file; throws IOException (or a subclass) when unreadable.</param>
    /// <param name="resolveHost">Returns the addresses of a host name; throws SocketException when unknown.</param>
    public TargetSetBuilder(
        Func<string, CancellationToken, Task<string[]>> readLines,
        Func<string, CancellationToken, Task<IPAddress[]>> resolveHost)
    {
        ArgumentNullException.ThrowIfNull(readLines);
        ArgumentNullException.ThrowIfNull(resolveHost);
        _readLines = readLines;
        _resolveHost = resolveHost;
    }

    /// <summary>Builds the target set, or returns every error found.</summary>
    public async Task<TargetSetResult> BuildAsync(TargetSetRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<TargetError>();
        var include = await CollectAsync(request.Targets, TargetSource.Argument, request.TargetFiles, errors, cancellationToken);
        var exclude = await CollectAsync(request.Excludes, TargetSource.Exclude, request.ExcludeFiles, errors, cancellationToken);
        if (include.Count == 0 && errors.Count == 0)
        {
            errors.Add(new TargetError { Value = string.Empty, Source = TargetSource.Argument, Reason = "no targets given" });
        }

        return errors.Count > 0
            ? new TargetSetResult { Targets = TargetSet.Empty, Errors = errors }
            : new TargetSetResult { Targets = TargetSet.Create(include, exclude) };
    }

    private async Task<List<AddressRange>> CollectAsync(
        IReadOnlyList<string> values,
        TargetSource source,
        IReadOnlyList<string> files,
        List<TargetError> errors,
        CancellationToken cancellationToken)
    {
        var specs = new List<TargetSpec>();
        foreach (var token in values.SelectMany(TargetListParser.SplitList))
        {
            if (TargetParser.TryParse(token, source, out var spec, out var error))
            {
                specs.Add(spec);
            }
            else
            {
                errors.Add(error);
            }
        }

        foreach (var file in files)
        {
            string[] lines;
            try
            {
                lines = await _readLines(file, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(new TargetError { Value = file, Source = new TargetSource(file), Reason = $"cannot read the file: {ex.Message}" });
                continue;
            }

            var (fileSpecs, fileErrors) = TargetListParser.Parse(file, lines);
            specs.AddRange(fileSpecs);
            errors.AddRange(fileErrors);
        }

        var ranges = new List<AddressRange>(specs.Count);
        foreach (var spec in specs)
        {
            if (spec.Range is { } range)
            {
                ranges.Add(range);
                continue;
            }

            var address = await ResolveAsync(spec, errors, cancellationToken);
            if (address is not null)
            {
                ranges.Add(AddressRange.Single(address));
            }
        }

        return ranges;
    }

    private async Task<IPAddress?> ResolveAsync(TargetSpec spec, List<TargetError> errors, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        try
        {
            addresses = await _resolveHost(spec.HostName!, cancellationToken);
        }
        catch (SocketException ex)
        {
            errors.Add(new TargetError { Value = spec.Text, Source = spec.Source, Reason = $"host name does not resolve ({ex.SocketErrorCode})" });
            return null;
        }

        // As nmap does, a host name is scanned at one address, preferring IPv4.
        var chosen = addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
            ?? addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetworkV6);
        if (chosen is null)
        {
            errors.Add(new TargetError { Value = spec.Text, Source = spec.Source, Reason = "host name has no IPv4 or IPv6 address" });
        }

        return chosen is { IsIPv4MappedToIPv6: true } ? chosen.MapToIPv4() : chosen;
    }
}
