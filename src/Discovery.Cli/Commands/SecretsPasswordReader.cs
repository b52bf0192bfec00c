using System.Text;

namespace Discovery.Cli.Commands;

/// <summary>
/// Reads the password for <c>discover secrets set</c>: prompted twice without echo on a terminal, else the first
/// line of standard input (<c>printf '%s\n' "$PW" | discover secrets set ...</c>). Never from an argument.
/// </summary>
internal static class SecretsPasswordReader
{
    public static async Task<string> ReadAsync(CliContext context, string key, CancellationToken cancellationToken)
    {
        if (!context.InputIsTerminal)
        {
            var line = await context.Input.ReadLineAsync(cancellationToken);
            return string.IsNullOrEmpty(line)
                ? throw new CliUsageException("no password on standard input (pipe it in, or run on a terminal to be prompted)")
                : line;
        }

        var first = await PromptAsync(context, $"Password for {key}: ", cancellationToken);
        var second = await PromptAsync(context, "Repeat password: ", cancellationToken);
        if (!string.Equals(first, second, StringComparison.Ordinal))
        {
            throw new CliUsageException("the passwords did not match; nothing was stored");
        }

        return first.Length == 0 ? throw new CliUsageException("empty password; nothing was stored") : first;
    }

    private static async Task<string> PromptAsync(CliContext context, string prompt, CancellationToken cancellationToken)
    {
        await context.Error.WriteAsync(prompt.AsMemory(), cancellationToken);
        await context.Error.FlushAsync(cancellationToken);
        var password = new StringBuilder();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // intercept: true keeps the typed characters off the screen.
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        await context.Error.WriteLineAsync();
        return password.ToString();
    }
}
