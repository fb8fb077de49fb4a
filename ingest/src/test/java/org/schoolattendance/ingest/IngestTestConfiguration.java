package org.schoolattendance.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.schoolattendance.sql.warehouse.DuckDbSettings;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.transaction.PlatformTransactionManager;

/** The ingest jobs with a real Batch repository (in-memory H2) and a DuckDB file per context. */
@Configuration
@EnableBatchProcessing
@ComponentScan("org.schoolattendance.ingest")
class IngestTestConfiguration {

  @Bean
  DataSource dataSource() {
    return new EmbeddedDatabaseBuilder()
        .setType(EmbeddedDatabaseType.H2)
        .generateUniqueName(true)
        .addScript("/org/springframework/batch/core/schema-h2.sql")
        .build();
  }

  @Bean
  PlatformTransactionManager transactionManager(DataSource dataSource) {
    return new DataSourceTransactionManager(dataSource);
  }

  @Bean
  Warehouse warehouse() throws Exception {
    Path folder = Files.createTempDirectory("ingest-test-");
    return new Warehouse(folder.resolve("warehouse.duckdb"), DuckDbSettings.defaults());
  }
}
