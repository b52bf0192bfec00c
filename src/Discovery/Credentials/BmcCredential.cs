using System.Text;

namespace Discovery.Credentials;

/// <summary>A BMC user name and password. The password never appears in <see cref="ToString"/>.</summary>
/// <param name="Username">The Redfish account name.</param>
/// <param name="Password">The account's password; keep it out of logs, output and exceptions.</param>
internal sealed record BmcCredential(string Username, string Password)
{
    /// <summary>Prints the user name only, so a stray log of the record leaks nothing.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Username = ").Append(Username).Append(", Password = ***");
        return true;
    }
}
