using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Discovery.Tests.TestSupport.Fuzz;

/// <summary>
/// scripts/fuzz.sh's harness, a helper mode of the test executable (never part of the shipped CLI, never run by
/// <c>dotnet test</c>). <c>--fuzz</c> runs every target in child processes (<c>--fuzz-child</c>), so a stack
/// overflow or a hang kills only the child: it is counted against the input that was running, and a new child
/// carries on after it. <c>--fuzz-replay TARGET SEED INDEX</c> (or <c>TARGET FILE</c>) runs one input in-process. Input i of a target is
/// made from its own <see cref="Random"/> seeded from (FUZZ_SEED, target, i), so any input can be made again.
/// </summary>
internal static class FuzzMode
{
    public static int Run(string[] args) => args[0] switch
    {
        "--fuzz" => Parent(),
        "--fuzz-child" => Child(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture),
            int.Parse(args[4], CultureInfo.InvariantCulture), args[5]),
        _ when args.Length == 4 => Replay(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture)),
        _ => Replay(args[1], args[2]),
    };

    /// <summary>The same generator for the same (seed, target, index) in every process (FNV-1a: string.GetHashCode and HashCode.Combine are salted per process).</summary>
    public static Random RandomFor(int seed, string target, int index)
    {
        var hash = 2166136261u;
        foreach (var value in target.Select(c => (uint)c).Append((uint)seed).Append((uint)index))
        {
            hash = (hash ^ value) * 16777619u;
        }

        return new Random((int)(hash & int.MaxValue));
    }

    private static int Parent()
    {
        var seed = Environment.GetEnvironmentVariable("FUZZ_SEED") is { Length: > 0 } s ? int.Parse(s, CultureInfo.InvariantCulture) : Random.Shared.Next();
        var count = Environment.GetEnvironmentVariable("FUZZ_COUNT") is { Length: > 0 } c ? int.Parse(c, CultureInfo.InvariantCulture) : 10_000;
        var output = Environment.GetEnvironmentVariable("FUZZ_OUT") is { Length: > 0 } o ? o : Path.Combine(Path.GetTempPath(), $"discover-fuzz-{seed}");
        var only = Environment.GetEnvironmentVariable("FUZZ_TARGETS")?.Split(',', StringSplitOptions.RemoveEmptyEntries);
        Directory.CreateDirectory(output);
        var seeds = FuzzSeeds.Load();
        Console.WriteLine($"fuzz: FUZZ_SEED={seed} FUZZ_COUNT={count}; failing inputs saved in {output}; {seeds.Mockups.Count} mockups as Redfish seeds");
        var totalFailures = 0;
        foreach (var target in FuzzTarget.All(seeds).Where(t => only is null || only.Contains(t.Name)))
        {
            var started = Stopwatch.StartNew();
            var failures = RunTarget(target, seed, count, output, out var children);
            totalFailures += failures.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{target.Name}: {count} inputs, {failures.Count} failed, {children} child process(es), {started.Elapsed.TotalSeconds:F0} s"));
            foreach (var group in failures.GroupBy(f => f.Signature).OrderByDescending(g => g.Count()))
            {
                var first = group.First();
                var file = Path.Combine(output, $"{target.Name}-{first.Index}.input");
                File.WriteAllText(file, target.Generate(RandomFor(seed, target.Name, first.Index)));
                Console.WriteLine($"  {group.Count(),5} x {group.Key}  (first: input {first.Index}, --fuzz-replay {target.Name} {seed} {first.Index}; text in {file})");
                Console.WriteLine($"          {first.Message}");
            }
        }

        Console.WriteLine($"fuzz: {totalFailures} failing inputs in all (FUZZ_SEED={seed})");
        return totalFailures == 0 ? 0 : 1;
    }

    private static List<(int Index, string Signature, string Message)> RunTarget(FuzzTarget target, int seed, int count, string output, out int children)
    {
        var failures = new List<(int, string, string)>();
        var progress = Path.Combine(output, target.Name + ".progress");
        children = 0;
        for (var start = 0; start < count;)
        {
            children++;
            File.WriteAllText(progress, start.ToString(CultureInfo.InvariantCulture));
            var info = new ProcessStartInfo(Testing.DotnetHost.Path) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { Assembly.GetExecutingAssembly().Location, "--fuzz-child", target.Name, Text(seed), Text(start), Text(count), progress })
            {
                info.ArgumentList.Add(argument);
            }

            using var child = Process.Start(info)!;
            var stderr = child.StandardError.ReadToEndAsync();
            var done = false;
            while (child.StandardOutput.ReadLine() is { } line)
            {
                var parts = line.Split(' ', 3);
                if (parts[0] == "FAIL")
                {
                    failures.Add((int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2].Split(" | ")[0], parts[2]));
                }

                done |= parts[0] == "DONE";
            }

            child.WaitForExit();
            if (done)
            {
                break;
            }

            // The child died on the input it was running: a stack overflow (the runtime aborts), or a crash.
            var index = int.Parse(File.ReadAllText(progress), CultureInfo.InvariantCulture);
            var errors = stderr.GetAwaiter().GetResult();
            var signature = errors.Contains("Stack overflow", StringComparison.Ordinal)
                ? "StackOverflow at " + (StackOverflowFrame(errors) ?? "?")
                : $"process exited {child.ExitCode}";
            if (!failures.Any(f => f.Item1 == index))
            {
                failures.Add((index, signature, $"{signature} | {FirstLine(errors)}"));
            }

            start = index + 1;
        }

        return failures;
    }

    private static int Child(string name, int seed, int start, int count, string progress)
    {
        var target = FuzzTarget.All(FuzzSeeds.Load()).Single(t => t.Name == name);
        var timeout = TimeSpan.FromSeconds(Environment.GetEnvironmentVariable("FUZZ_INPUT_TIMEOUT") is { Length: > 0 } t ? int.Parse(t, CultureInfo.InvariantCulture) : 60);
        var current = start;
        var since = Stopwatch.StartNew();
        var gate = new Lock();
        // A watchdog: an input still running after the timeout is a hang; it is reported and the child ends.
        using var watchdog = new Timer(_ =>
        {
            lock (gate)
            {
                if (since.Elapsed > timeout)
                {
                    Console.WriteLine($"FAIL {current} Hang: over {timeout.TotalSeconds:F0} s | no result after {since.Elapsed.TotalSeconds:F0} s");
                    Console.Out.Flush();
                    Environment.Exit(3);
                }
            }
        }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        for (var i = start; i < count; i++)
        {
            lock (gate)
            {
                current = i;
                since.Restart();
            }

            File.WriteAllText(progress, Text(i));
            var input = target.Generate(RandomFor(seed, name, i));
            try
            {
                target.Run(input);
            }
            catch (Exception ex)
            {
                Console.WriteLine($"FAIL {i} {Signature(ex)} | {ex.GetType().Name}: {Cut(ex.Message)}");
            }
        }

        Console.WriteLine("DONE");
        return 0;
    }

    /// <summary>Makes input <paramref name="index"/> of <paramref name="seed"/> again and runs it (lossless: a saved file cannot hold a lone surrogate).</summary>
    private static int Replay(string name, int seed, int index)
    {
        var target = FuzzTarget.All(FuzzSeeds.Load()).Single(t => t.Name == name);
        target.Run(target.Generate(RandomFor(seed, name, index)));
        Console.WriteLine("no exception");
        return 0;
    }

    private static int Replay(string name, string file)
    {
        var target = FuzzTarget.All(FuzzSeeds.Load()).Single(t => t.Name == name);
        target.Run(File.ReadAllText(file));
        Console.WriteLine("no exception");
        return 0;
    }

    /// <summary>The exception's type and the innermost frame in the library (not the harness): what groups failures.</summary>
    private static string Signature(Exception ex)
    {
        var frame = new StackTrace(ex).GetFrames().Select(f => f.GetMethod()).FirstOrDefault(m =>
            m?.DeclaringType?.FullName is { } type && type.StartsWith("Discovery.", StringComparison.Ordinal) && !type.StartsWith("Discovery.Tests", StringComparison.Ordinal));
        return $"{ex.GetType().Name} at {frame?.DeclaringType?.FullName}.{frame?.Name}";
    }

    private static string? StackOverflowFrame(string errors) => errors.Split('\n')
        .Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at Discovery.", StringComparison.Ordinal) && !l.StartsWith("at Discovery.Tests", StringComparison.Ordinal))?[3..];

    private static string FirstLine(string text) => Cut(text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? "");

    private static string Cut(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length > 200 ? line[..200] + "..." : line;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
