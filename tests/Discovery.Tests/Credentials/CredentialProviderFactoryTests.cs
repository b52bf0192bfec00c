using Discovery.Credentials;
using Discovery.Testing;

namespace Discovery.Credentials.Tests;

public sealed class CredentialProviderFactoryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static CredentialEnvironment Environment(TempDirectory dir, string? password = null, string? secretsKey = null, string stdin = "") => new()
    {
        GetVariable = name => name switch
        {
            "XDG_CONFIG_HOME" => dir.Path,
            PasswordResolver.EnvironmentVariable => password,
            SecretsKey.EnvironmentVariable => secretsKey,
            _ => null,
        },
        Stdin = new StringReader(stdin),
    };

    [Fact]
    public async Task CreateAsync_DefaultPaths_CombinesStoreAndGlobalPassword()
    {
        using var dir = new TempDirectory();
        var env = Environment(dir, password: "from-env");
        using (var key = await SecretsKey.LoadAsync(env.GetVariable, CredentialPaths.DefaultKeyPath(env.GetVariable), create: true, Token))
        {
            var store = new SecretsStore(CredentialPaths.DefaultStorePath(env.GetVariable));
            await store.SetAsync("10.0.1.5", new BmcCredential("admin", "stored"), key!, Token);
        }

        var provider = await CredentialProviderFactory.CreateAsync(new CredentialRequest { Username = "ops" }, env, Token);

        Assert.Equal(new BmcCredential("admin", "stored"), await provider.GetCredentialAsync("10.0.1.5", Token));
        Assert.Equal(new BmcCredential("ops", "from-env"), await provider.GetCredentialAsync("10.0.1.6", Token));
        Assert.Empty(provider.Warnings);
    }

    [Fact]
    public async Task CreateAsync_StdinAndNoUsername_UsesRoot()
    {
        using var dir = new TempDirectory();

        var provider = await CredentialProviderFactory.CreateAsync(
            new CredentialRequest { PasswordStdin = true }, Environment(dir, stdin: "typed\n"), Token);

        Assert.Equal(new BmcCredential("root", "typed"), await provider.GetCredentialAsync("10.0.1.6", Token));
    }

    [Fact]
    public async Task CreateAsync_StoreWithoutKey_SkipsStoreWithWarning()
    {
        using var dir = new TempDirectory();
        var env = Environment(dir);
        using (var key = SecretsKey.Generate())
        {
            await new SecretsStore(dir.File("s.json")).SetAsync("default", new BmcCredential("root", "x"), key, Token);
        }

        var provider = await CredentialProviderFactory.CreateAsync(
            new CredentialRequest { SecretsStorePath = dir.File("s.json"), SecretsKeyFile = dir.File("none.key") }, env, Token);

        Assert.True(provider.IsEmpty);
        var warning = Assert.Single(provider.Warnings);
        Assert.StartsWith($"secrets store {dir.File("s.json")} ignored: no key", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_WrongKeyInEnvironment_Throws()
    {
        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        using var other = SecretsKey.Generate();
        await new SecretsStore(dir.File("s.json")).SetAsync("default", new BmcCredential("root", "x"), key, Token);

        var ex = await Assert.ThrowsAsync<CredentialException>(() => CredentialProviderFactory.CreateAsync(
            new CredentialRequest { SecretsStorePath = dir.File("s.json") }, Environment(dir, secretsKey: other.ToBase64()), Token));

        Assert.StartsWith("cannot decrypt secrets store: wrong key?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_StoreDisabled_IgnoresStore()
    {
        using var dir = new TempDirectory();
        using var key = SecretsKey.Generate();
        await new SecretsStore(dir.File("s.json")).SetAsync("default", new BmcCredential("root", "x"), key, Token);

        var provider = await CredentialProviderFactory.CreateAsync(
            new CredentialRequest { SecretsStorePath = dir.File("s.json"), UseSecretsStore = false }, Environment(dir), Token);

        Assert.True(provider.IsEmpty);
        Assert.Empty(provider.Warnings);
    }

    [Fact]
    public async Task CreateForJobAsync_MissingPasswordFile_IsBadInputNamingTheFile()
    {
        using var dir = new TempDirectory();

        var ex = await Assert.ThrowsAsync<Pipeline.PipelineInputException>(() => CredentialProviderFactory.CreateForJobAsync(
            new CredentialRequest { PasswordFile = dir.File("nope") }, Environment(dir), null, Token));

        Assert.StartsWith("cannot read password file", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }
}
