package org.schoolattendance.jobs.cli;

import java.util.concurrent.Callable;
import org.schoolattendance.jobs.pipeline.DeliveryStage;
import org.schoolattendance.jobs.pipeline.ReportStage;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Component
@Command(
    name = "deliver",
    mixinStandardHelpOptions = true,
    description =
        "Email each pack in <work-dir>/packs to its own school's head (SMTP from MAIL_HOST and"
            + " MAIL_PORT, or the embedded mail catcher); keep .eml copies and a ledger.")
class DeliverCommand implements Callable<Integer> {

  private final ReportStage reports;
  private final DeliveryStage delivery;

  @Mixin WorkDirOption workDir;

  @Option(names = "--synthetic", description = "Mark the messages as synthetic data.")
  boolean synthetic;

  DeliverCommand(ReportStage reports, DeliveryStage delivery) {
    this.reports = reports;
    this.delivery = delivery;
  }

  @Override
  public Integer call() {
    Summaries.printDeliveries(delivery.run(reports.findRendered(), synthetic));
    return 0;
  }
}
