// Run by the Job mongodb-init (mongosh --nodb). Initiates the replica set when it is not yet initiated,
// waits for a primary, then creates the application user or brings its password and roles up to date.
// Every step is safe to repeat. Nothing secret is printed.
const env = process.env;
const replicaSet = env.MONGODB_REPLICA_SET;
const members = env.MONGODB_MEMBERS.split(',');

function connect(uri) {
  for (let attempt = 1; ; attempt++) {
    try {
      const admin = new Mongo(uri).getDB('admin');
      admin.auth(env.MONGO_ROOT_USERNAME, env.MONGO_ROOT_PASSWORD);
      return admin;
    } catch (e) {
      if (attempt >= 60) {
        throw e;
      }
      print(`waiting for ${uri}: ${e.message}`);
      sleep(5000);
    }
  }
}

function initiated(admin) {
  try {
    const status = admin.runCommand({ replSetGetStatus: 1 });
    return status.ok === 1 || (status.code !== 94 && status.codeName !== 'NotYetInitialized');
  } catch (e) {
    if (e.code === 94 || e.codeName === 'NotYetInitialized') {
      return false;
    }
    throw e;
  }
}

const first = connect(`mongodb://${members[0]}/?directConnection=true`);
if (!initiated(first)) {
  print(`initiating replica set ${replicaSet} with ${members.join(', ')}`);
  first.runCommand({
    replSetInitiate: {
      _id: replicaSet,
      members: members.map((host, i) => ({ _id: i, host: host, priority: i === 0 ? 2 : 1 })),
    },
  });
}

const admin = connect(`mongodb://${members.join(',')}/?replicaSet=${replicaSet}`);
for (let attempt = 1; !admin.hello().primary; attempt++) {
  if (attempt >= 60) {
    throw new Error('no primary after 5 minutes');
  }
  sleep(5000);
}

const roles = [{ role: 'readWrite', db: 'falcon' }];
if (admin.getUser(env.MONGO_APP_USERNAME) === null) {
  admin.createUser({ user: env.MONGO_APP_USERNAME, pwd: env.MONGO_APP_PASSWORD, roles: roles });
  print(`created user ${env.MONGO_APP_USERNAME}`);
} else {
  admin.updateUser(env.MONGO_APP_USERNAME, { pwd: env.MONGO_APP_PASSWORD, roles: roles });
  print(`updated user ${env.MONGO_APP_USERNAME}`);
}
