using Discovery.Cli.Settings;
using Discovery.Credentials;
using Discovery.Testing;

using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Cli.Tests.Settings;

public sealed class CliCredentialsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static (CliContext Context, StringWriter Error) Context(TempDirectory dir, string stdin, string? password = null)
    {
        var error = new StringWriter();
        var context = new CliContext
        {
            Output = new StringWriter(),
            Error = error,
            Input = new StringReader(stdin),
            GetEnvironmentVariable = name => name switch
            {
                "XDG_CONFIG_HOME" => dir.Path,
                PasswordResolver.EnvironmentVariable => password,
                _ => null,
            },
        };
        return (context, error);
    }

    [Fact]
    public async Task CreateProviderAsync_PasswordStdin_GivesGlobalCredential()
    {
        using var dir = new TempDirectory();
        var (context, _) = Context(dir, "typed\n");

        var provider = await CliCredentials.CreateProviderAsync(context, new CredentialRequest { Username = "admin", PasswordStdin = true }, NullLoggerFactory.Instance, Token);

        Assert.Equal(new BmcCredential("admin", "typed"), await provider.GetCredentialAsync("10.0.1.5", Token));
    }

    [Fact]
    public async Task CreateProviderAsync_WorldReadablePasswordFile_PrintsWarning()
    {
        using var dir = new TempDirectory();
        var (context, error) = Context(dir, "");
        await File.WriteAllTextAsync(dir.File("pw"), "from-file\n", Token);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir.File("pw"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        }

        var provider = await CliCredentials.CreateProviderAsync(context, new CredentialRequest { PasswordFile = dir.File("pw") }, NullLoggerFactory.Instance, Token);

        Assert.Equal(new BmcCredential("root", "from-file"), await provider.GetCredentialAsync("10.0.1.5", Token));
        if (!OperatingSystem.IsWindows())
        {
            Assert.StartsWith($"discover: warning: password file {dir.File("pw")} is readable by other users", error.ToString(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("from-file", error.ToString(), StringComparison.Ordinal);
    }
}
