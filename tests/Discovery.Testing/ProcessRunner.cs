using System.Diagnostics;

namespace Discovery.Testing;

/// <summary>Runs a program to completion within a deadline, capturing its output; the process tree is killed on timeout.</summary>
public static class ProcessRunner
{
    /// <summary>Starts <paramref name="info"/> (output redirected here) and waits for it to exit.</summary>
    /// <remarks>Throws <see cref="OperationCanceledException"/> when the token or the deadline fires first.</remarks>
    public static async Task<ProcessRunResult> RunAsync(ProcessStartInfo info, TimeSpan deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(deadline);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ProcessRunResult(process.ExitCode, await output, await error);
    }
}
