using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Patients;
using Tandem.Domain.Work;

namespace Tandem.Web.Data.Configurations;

internal sealed class ExerciseResponseConfiguration : IEntityTypeConfiguration<ExerciseResponse>
{
    public void Configure(EntityTypeBuilder<ExerciseResponse> response)
    {
        response.Property(r => r.ModuleId).HasMaxLength(64);
        response.Property(r => r.ExerciseId).HasMaxLength(64);
        response.Property(r => r.AnswersJson).HasMaxLength(100_000);
        response.Ignore(r => r.Answers);
        response.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Restrict);
        response.HasIndex(r => new { r.PatientId, r.ModuleId, r.ExerciseId }).IsUnique();
    }
}

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> goal)
    {
        goal.Property(g => g.SetInModuleId).HasMaxLength(64);
        goal.Property(g => g.Text).HasMaxLength(Goal.MaxTextLength);
        goal.Ignore(g => g.Ratings);
        goal.Ignore(g => g.Latest);
        goal.HasOne<Patient>().WithMany().HasForeignKey(g => g.PatientId).OnDelete(DeleteBehavior.Restrict);
        goal.HasMany<GoalRating>("_ratings").WithOne().HasForeignKey(r => r.GoalId).OnDelete(DeleteBehavior.Cascade);
        goal.HasIndex(g => new { g.PatientId, g.Position });
    }
}

internal sealed class GoalRatingConfiguration : IEntityTypeConfiguration<GoalRating>
{
    public void Configure(EntityTypeBuilder<GoalRating> rating)
    {
        // Ratings are added through Goal.Rate; the id is set in the domain, so a new one is an insert.
        rating.Property(r => r.Id).ValueGeneratedNever();
        rating.Property(r => r.ModuleId).HasMaxLength(64);
        rating.HasIndex(r => new { r.GoalId, r.ModuleId }).IsUnique();
    }
}

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> submission)
    {
        submission.Property(s => s.ModuleId).HasMaxLength(64);
        submission.Property(s => s.FeedbackMomentId).HasMaxLength(64);
        submission.Property(s => s.SnapshotJson).HasMaxLength(1_000_000);
        submission.Property(s => s.Message).HasMaxLength(Submission.MaxMessageLength);
        submission.Property(s => s.Feedback).HasMaxLength(Submission.MaxFeedbackLength);
        submission.Property(s => s.ReviewNote).HasMaxLength(Submission.MaxReviewNoteLength);
        submission.Property(s => s.Version).IsConcurrencyToken();
        submission.Ignore(s => s.Snapshot);
        submission.Ignore(s => s.AwaitsFeedback);
        submission.Ignore(s => s.AwaitsApproval);
        submission.Ignore(s => s.HasUnseenFeedback);
        submission.Ignore(s => s.FeedbackReleased);
        submission.HasOne<Patient>().WithMany().HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.Restrict);
        submission.HasOne<AppUser>().WithMany().HasForeignKey(s => s.FeedbackByUserId).OnDelete(DeleteBehavior.Restrict);
        submission.HasOne<AppUser>().WithMany().HasForeignKey(s => s.ApprovedByUserId).OnDelete(DeleteBehavior.Restrict);
        submission.HasIndex(s => new { s.PatientId, s.SubmittedAt });

        // The therapist's list: submissions still awaiting feedback, oldest first.
        submission.HasIndex(s => s.SubmittedAt).HasFilter("\"Feedback\" IS NULL");
    }
}
