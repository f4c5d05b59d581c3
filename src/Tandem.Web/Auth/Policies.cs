using Microsoft.AspNetCore.Authorization;
using Tandem.Domain.Accounts;

namespace Tandem.Web.Auth;

/// <summary>Coarse access per area. Which records a person sees is decided by query scopes (PatientAccess).</summary>
public static class Policies
{
    public const string Patient = nameof(Patient);
    public const string Staff = nameof(Staff);
    public const string Therapist = nameof(Therapist);
    public const string OrgAdmin = nameof(OrgAdmin);
    public const string Manager = nameof(Manager);
    public const string StaffWithoutMfa = nameof(StaffWithoutMfa);

    public static IServiceCollection AddTandemAuthorization(this IServiceCollection services)
    {
        var staffRoles = Roles.Staff.Select(r => r.ToString()).ToArray();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Patient, p => p.RequireRole(nameof(Role.Patient)))
            .AddPolicy(Staff, p => p.RequireRole(staffRoles).RequireClaim(TandemClaims.AuthenticationMethod, TandemClaims.Mfa))
            .AddPolicy(Therapist, p => p.RequireRole(nameof(Role.Therapist)).RequireClaim(TandemClaims.AuthenticationMethod, TandemClaims.Mfa))
            .AddPolicy(OrgAdmin, p => p.RequireRole(nameof(Role.OrgAdmin)).RequireClaim(TandemClaims.AuthenticationMethod, TandemClaims.Mfa))
            .AddPolicy(Manager, p => p.RequireRole(nameof(Role.Manager)).RequireClaim(TandemClaims.AuthenticationMethod, TandemClaims.Mfa));
        return services;
    }
}
