using System.CommandLine;
using Discovery.Cli.Commands;
using Discovery.Credentials;
using Discovery.Testing;

namespace Discovery.Cli.Tests.Commands;

public sealed class SecretsCredentialOptionsTests
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

    private static ParseResult Parse(SecretsCredentialOptions options, params string[] args)
    {
        var command = new RootCommand();
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        var result = command.Parse(args);
        Assert.Empty(result.Errors);
        return result;
    }

    [Fact]
    public async Task CreateProviderAsync_PasswordStdin_GivesGlobalCredential()
    {
        using var dir = new TempDirectory();
        var (context, _) = Context(dir, "typed\n");
        var options = new SecretsCredentialOptions(context);

        var provider = await options.CreateProviderAsync(context, Parse(options, "-u", "admin", "--password-stdin"), Token);

        Assert.Equal(new BmcCredential("admin", "typed"), await provider.GetCredentialAsync("10.0.1.5", Token));
    }

    [Fact]
    public async Task CreateProviderAsync_WorldReadablePasswordFile_PrintsWarning()
    {
        using var dir = new TempDirectory();
        var (context, error) = Context(dir, "");
        var options = new SecretsCredentialOptions(context);
        await File.WriteAllTextAsync(dir.File("pw"), "from-file\n", Token);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir.File("pw"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        }

        var provider = await options.CreateProviderAsync(context, Parse(options, "--password-file", dir.File("pw")), Token);

        Assert.Equal(new BmcCredential("root", "from-file"), await provider.GetCredentialAsync("10.0.1.5", Token));
        if (!OperatingSystem.IsWindows())
        {
            Assert.StartsWith($"discover: warning: password file {dir.File("pw")} is readable by other users", error.ToString(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("from-file", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateProviderAsync_MissingPasswordFile_ThrowsUsageError()
    {
        using var dir = new TempDirectory();
        var (context, _) = Context(dir, "");
        var options = new SecretsCredentialOptions(context);

        var ex = await Assert.ThrowsAsync<CliUsageException>(
            () => options.CreateProviderAsync(context, Parse(options, "--password-file", dir.File("nope")), Token));

        Assert.StartsWith("cannot read password file", ex.Message, StringComparison.Ordinal);
    }
}
