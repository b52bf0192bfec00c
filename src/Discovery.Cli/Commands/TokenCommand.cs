using System.CommandLine;
using System.Text;
using Discovery.Api;
using Discovery.Api.Auth;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover token --subject NAME [--ttl 8h]</c>: prints an HS256 bearer token that <c>discover serve</c> with the same
/// secret (<c>--jwt-secret-file</c> or <c>$DISCOVER_JWT_SECRET</c>) accepts. For labs and scripts; sites with an
/// identity provider use its tokens (serve --jwks).
/// </summary>
internal static class TokenCommand
{
    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var subject = new Option<string>("--subject") { Description = "Who the token is for (history shows api:SUBJECT)", Required = true };
        var ttl = new Option<string>("--ttl") { Description = "How long it is valid", DefaultValueFactory = _ => "8h" };
        var secretFile = new Option<FileInfo?>("--jwt-secret-file") { Description = $"File with the HS256 secret (else env {ServeCommand.SecretVariable})", HelpName = "FILE" };
        var issuer = new Option<string?>("--jwt-issuer") { Description = "The iss claim" };
        var audience = new Option<string?>("--jwt-audience") { Description = "The aud claim" };
        var command = new Command("token", "Print a bearer token for discover serve (HS256)") { subject, ttl, secretFile, issuer, audience };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string? text;
            if (parseResult.GetValue(secretFile) is { } file)
            {
                try
                {
                    text = await File.ReadAllTextAsync(file.FullName, cancellationToken);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new CliUsageException($"--jwt-secret-file {file.FullName}: {ex.Message}", ex);
                }
            }
            else
            {
                text = context.GetEnvironmentVariable(ServeCommand.SecretVariable);
            }

            var secret = Encoding.UTF8.GetBytes((text ?? string.Empty).TrimEnd('\r', '\n'));
            if (secret.Length < ApiOptions.MinimumSecretBytes)
            {
                throw new CliUsageException($"no HS256 secret of at least {ApiOptions.MinimumSecretBytes} bytes: pass --jwt-secret-file FILE or set {ServeCommand.SecretVariable}");
            }

            var token = ApiTokens.CreateHs256(secret, parseResult.GetValue(subject)!, Ttl(parseResult.GetValue(ttl)!),
                context.TimeProvider, parseResult.GetValue(issuer), parseResult.GetValue(audience));
            await context.Output.WriteLineAsync(token.AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static TimeSpan Ttl(string text) =>
        Configuration.DurationText.TryParse(text, out var ttl) && ttl > TimeSpan.Zero ? ttl : throw new CliUsageException($"--ttl '{text}' is not a duration: use 30s, 15m, 1h or 1d");
}
