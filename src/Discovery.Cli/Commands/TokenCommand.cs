using System.CommandLine;
using Discovery.Api.Auth;
using Discovery.Api;
using Discovery.Cli.Settings;
using Discovery.Configuration;
using Discovery.Text;

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
        var ttl = BoundedOption.Duration("--ttl", "How long it is valid", TimeSpan.FromSeconds(1), TimeSpan.FromDays(365), TimeSpan.FromHours(8));
        var settings = new CommandSettings(common, [SettingKeys.JwtSecret, SettingKeys.JwtSecretFile, SettingKeys.JwtIssuer, SettingKeys.JwtAudience], stage: "serve");
        var command = new Command("token", "Print a bearer token for discover serve (HS256)") { subject, ttl };
        settings.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var effective = await settings.LoadAsync(context, parseResult, cancellationToken);
            var secret = await JwtSecretReader.ReadRequiredAsync(effective, context.Home, cancellationToken);
            var token = ApiTokens.CreateHs256(secret, parseResult.GetValue(subject)!, parseResult.GetValue(ttl),
                context.TimeProvider, effective.Text(SettingKeys.JwtIssuer), effective.Text(SettingKeys.JwtAudience));
            await context.Output.WriteLineAsync(token.AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
