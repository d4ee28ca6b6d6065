// Placeholder: the command line lands with the demo server and the pipeline.
process.stderr.write('isymphony-companion: no commands yet\n');
process.exitCode = 2;
