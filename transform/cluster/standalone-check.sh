#!/usr/bin/env bash
# Runs the Spark transforms on a real standalone cluster on this machine (a master and a worker in
# their own JVMs, started from the Spark jars, executors launched by the worker) and in local mode
# on the same snapshot, then compares the results: counts identical, doubles within 1e-9.
#
#   transform/cluster/standalone-check.sh <snapshotDir> [workDir]
#
# Needs: ./mvnw -B -q -pl transform -am install -DskipTests (for the plain transform jar).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
snapshot=$(cd "$1" && pwd)
work=${2:-$(mktemp -d)}
mkdir -p "$work"
export SPARK_HOME="$work/spark-home" SPARK_SCALA_VERSION=2.13
mkdir -p "$SPARK_HOME/jars"
(cd "$repo" && ./mvnw -B -q -pl transform dependency:copy-dependencies -DincludeScope=runtime \
  -DoutputDirectory="$SPARK_HOME/jars")
opens=$(sed -n 's:.*<spark.add-opens>\(.*\)</spark.add-opens>.*:\1:p' "$repo/pom.xml")
jar=$(ls "$repo"/transform/target/transform-*.jar | head -1)
duckdb=$(ls "$SPARK_HOME"/jars/duckdb_jdbc-*.jar)

java $opens -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 7077 --webui-port 8099 > "$work/master.log" 2>&1 &
master=$!
sleep 10
java $opens -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --cores 2 --memory 2g --webui-port 8098 spark://127.0.0.1:7077 \
  > "$work/worker.log" 2>&1 &
worker=$!
trap 'kill $worker $master' EXIT
sleep 15

cd "$work"
rm -rf results-cluster results-local
java $opens -Xmx1g -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
  --master spark://127.0.0.1:7077 --deploy-mode client \
  --class org.schoolattendance.transform.TransformJobMain \
  --conf spark.driver.host=127.0.0.1 --conf spark.executor.memory=1g \
  --conf "spark.executor.extraJavaOptions=$opens" \
  "$jar" "$snapshot" "$work/results-cluster"
ls "$SPARK_HOME"/work/app-*/0/stderr > /dev/null  # an executor really ran on the worker
java $opens -Xmx1g -cp "$SPARK_HOME/jars/*:$jar" org.schoolattendance.transform.TransformJobMain \
  "$snapshot" "$work/results-local"
java -cp "$duckdb" "$repo/transform/cluster/CompareResults.java"
