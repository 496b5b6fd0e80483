// The CDK app entry (see cdk.json): `npx cdk synth`, `npx cdk deploy --all -c stage=prod`.
import { createApp } from './app';

createApp().app.synth();
