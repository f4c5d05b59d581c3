using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Integration;
using Tandem.Domain.Measurement;
using Tandem.Domain.Organisations;

namespace Tandem.Web.Data.Configurations;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> client)
    {
        client.Property(c => c.Name).HasMaxLength(100);
        client.Property(c => c.ClientId).HasMaxLength(40);
        client.Property(c => c.SecretHash).HasMaxLength(64);
        client.Property(c => c.Scopes).HasMaxLength(400);
        client.Ignore(c => c.IsRevoked);
        client.Ignore(c => c.ScopeList);
        client.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        client.HasOne<AppUser>().WithMany().HasForeignKey(c => c.CreatedBy).OnDelete(DeleteBehavior.Restrict);
        client.HasIndex(c => c.ClientId).IsUnique();
        client.HasIndex(c => new { c.OrganisationId, c.CreatedAt });
    }
}

internal sealed class ImportedQuestionnaireConfiguration : IEntityTypeConfiguration<ImportedQuestionnaire>
{
    public void Configure(EntityTypeBuilder<ImportedQuestionnaire> import)
    {
        import.Property(q => q.InstrumentId).HasMaxLength(64);
        import.Property(q => q.Language).HasMaxLength(8);
        import.Property(q => q.QuestionnaireJson).HasMaxLength(Measurement.QuestionnaireImport.MaximumLength);
        import.Property(q => q.LicenceHolder).HasMaxLength(200);
        import.Property(q => q.LicenceReference).HasMaxLength(200);
        import.HasOne<Organisation>().WithMany().HasForeignKey(q => q.OrganisationId).OnDelete(DeleteBehavior.Restrict);

        // The wording lookup and the instrument list: an organisation's imports of an instrument, newest first.
        import.HasIndex(q => new { q.OrganisationId, q.InstrumentId, q.ImportedAt });
    }
}
