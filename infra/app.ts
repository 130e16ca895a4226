/**
 * The CDK app: one EventwireStack, configured from context (`cdk synth -c publicApi=true`), checked
 * by the cdk-nag AwsSolutions and Serverless packs during synthesis. Any unacknowledged finding
 * fails `cdk synth`, so a new resource cannot slip in without being fixed or argued for.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { settingsFromContext } from './settings';
import { EventwireStack } from './stack';

const app = new App();

new EventwireStack(app, 'Eventwire', {
  description: 'eventwire: news articles in S3 coded into CAMEO political events, queried over HTTP',
  ...settingsFromContext(app.node),
});

Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));

app.synth();
