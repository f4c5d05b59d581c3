using System.Buffers.Binary;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Domain.Accounts;
using Tandem.IntegrationTests.Infrastructure;
using Tandem.Web.Data;

namespace Tandem.IntegrationTests;

public sealed class PasswordPolicyTests(TandemApp app) : IClassFixture<TandemApp>
{
    [Theory]
    [InlineData("bright owl", "at least 12 characters")]
    [InlineData("password1234", "too common")]
    public async Task Weak_password_is_refused_when_accepting_an_invitation(string password, string message)
    {
        var token = await InvitationAsync();
        using var client = app.NewClient();

        var response = await client.PostFormAsync(Link(token), InvitationTests.Fields(password));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await FormClient.ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Link(token))).StatusCode);
    }

    [Fact]
    public async Task Long_passphrase_with_spaces_is_accepted()
    {
        var token = await InvitationAsync();
        using var client = app.NewClient();

        var response = await client.PostFormAsync(Link(token), InvitationTests.Fields("the quiet river remembers every stone it passed"));

        response.AssertRedirect("/Patient");
    }

    [Fact]
    public async Task Old_password_hash_is_upgraded_at_sign_in()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        var patient = (await app.CreatePatientAsync(clinic, therapist)).User;
        var oldHasher = new PasswordHasher<AppUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
        var oldHash = oldHasher.HashPassword(new AppUser(), patient.Password);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == patient.Id);
            user.PasswordHash = oldHash;
            await db.SaveChangesAsync();
        });
        Assert.Equal(100_000, Iterations(oldHash));
        using var client = app.NewClient();

        await client.SignInPatientAsync(patient);

        var newHash = await app.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Id == patient.Id).Select(u => u.PasswordHash!).SingleAsync());
        Assert.NotEqual(oldHash, newHash);
        Assert.Equal(220_000, Iterations(newHash));
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<AppUser>(Options.Create(new PasswordHasherOptions { IterationCount = 220_000 }))
            .VerifyHashedPassword(new AppUser(), newHash, patient.Password));
    }

    // Identity v3 hash: format marker 0x01, PRF (4 bytes), iteration count (4 bytes big-endian), ...
    private static int Iterations(string hash) => BinaryPrimitives.ReadInt32BigEndian(Convert.FromBase64String(hash).AsSpan(5, 4));

    private async Task<string> InvitationAsync()
    {
        var clinic = await app.CreateClinicAsync();
        var therapist = await app.CreateStaffAsync(clinic, [Role.Therapist]);
        return (await app.InvitePatientAsync(clinic, therapist)).Token;
    }

    private static string Link(string token) => $"/Account/AcceptInvitation?token={Uri.EscapeDataString(token)}";
}
